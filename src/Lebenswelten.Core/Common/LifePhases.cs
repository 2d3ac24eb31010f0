namespace Lebenswelten.Core.Common;

/// <summary>
/// The phases of life along which a municipal prevention chain runs, from before birth to old age. The set of phases an
/// agreement or a project covers is its part of the chain.
/// </summary>
[Flags]
public enum LifePhases
{
    None = 0,
    PregnancyAndBirth = 1,
    EarlyChildhood = 2,
    Kindergarten = 4,
    SchoolAge = 8,
    Adolescence = 16,
    WorkingAge = 32,
    OldAge = 64,
}
