namespace Lebenswelten.Core.Common;

/// <summary>
/// The fields of action of the GKV-Leitfaden Prävention for health promotion in settings (§20a SGB V): what an
/// agreement, a project or an organisation's work covers.
/// </summary>
[Flags]
public enum FieldsOfAction
{
    None = 0,
    /// <summary>Gesund aufwachsen in Familie, Kita und Schule.</summary>
    GrowingUpHealthy = 1,
    /// <summary>Gesund leben und arbeiten.</summary>
    LivingAndWorkingHealthy = 2,
    /// <summary>Gesund im Alter.</summary>
    AgeingHealthy = 4,
}
