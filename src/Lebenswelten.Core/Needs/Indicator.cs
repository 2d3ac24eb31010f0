using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

public enum IndicatorDirection
{
    HigherIsWorse,
    HigherIsBetter,
}

public enum IndicatorKind
{
    /// <summary>A figure as it is (a rate someone else computed, an age share).</summary>
    Value,

    /// <summary>Numerator / denominator as a percentage; the numerator counts cases (small-number rule).</summary>
    Ratio,
}

public enum IndicatorPrivacy
{
    /// <summary>Aggregated figures that may be published, except values from fewer than five cases.</summary>
    Public,

    /// <summary>Only staff of the site see the figures (e.g. not yet released school-entry findings).</summary>
    Internal,
}

/// <summary>A health or social indicator the site tracks per district and year (after DHIS2's data elements).</summary>
public sealed class Indicator : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Source { get; set; }
    public string Unit { get; set; } = "%";
    public string Topic { get; set; } = "";
    public IndicatorKind Kind { get; set; }
    public IndicatorDirection Direction { get; set; }
    public IndicatorPrivacy Privacy { get; set; }

    /// <summary>Weight in the site's need index; 0 leaves the indicator out.</summary>
    public double NeedWeight { get; set; }

    public bool IsSampleData { get; set; }
}
