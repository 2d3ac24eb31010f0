using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Projects;

public enum Eligibility
{
    Unknown,
    Standard,
    /// <summary>GISD quintile 4 or 5: the GKV-Bündnis für Gesundheit gives priority to the most deprived regions.</summary>
    Priority,
}

/// <summary>A hint, not a rule: the site's deprivation (RKI GISD, Germany frame) as the funding programme weighs it.</summary>
public sealed record EligibilityHint(Eligibility Eligibility, int? Quintile, int? Year)
{
    public const int PriorityFrom = 4;

    public static EligibilityHint For(Site site) => site.GisdQuintile switch
    {
        null => new(Eligibility.Unknown, null, site.GisdYear),
        >= PriorityFrom => new(Eligibility.Priority, site.GisdQuintile, site.GisdYear),
        _ => new(Eligibility.Standard, site.GisdQuintile, site.GisdYear),
    };
}
