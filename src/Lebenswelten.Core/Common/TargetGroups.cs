namespace Lebenswelten.Core.Common;

/// <summary>
/// Whom an offering, a project, an agreement or an organisation's work is for. Stored as a number, so that the
/// catalogue can filter with one bitwise test in SQL.
/// </summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    Children = 1,
    YoungPeople = 2,
    Families = 4,
    Fathers = 8,
    Parents = 16,
    OlderPeople = 32,
    UnemployedPeople = 64,
    Tenants = 128,
    Everyone = 256,
}
