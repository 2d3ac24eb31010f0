namespace Lebenswelten.Core.Offerings;

/// <summary>The catalogue's filters, shared by the /angebote page (query string) and GET /api/offerings.</summary>
public sealed record CatalogueQuery
{
    public const int MaxPageSize = 100;

    public Guid? SiteId { get; init; }
    public string? Text { get; init; }
    public OfferingCategory? Category { get; init; }
    public TargetGroups? TargetGroup { get; init; }
    public Guid? DistrictId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public string? Language { get; init; }
    /// <summary>The visitor's language (issue 23): offerings held in it come first. A preference, not a filter.</summary>
    public string? PreferLanguage { get; init; }
    public AccessibilityFeatures Accessibility { get; init; }
    public bool FreeOnly { get; init; }
    public bool HasPlaces { get; init; }
    public CatalogueSort Sort { get; init; }
    /// <summary>Where to measure distance from (a postcode's centre), when sorting by distance.</summary>
    public (double Latitude, double Longitude)? Near { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>
    /// Counting stops after this many matches (or after the current page and one more, if further on): the exact count
    /// of a broad search over 200,000 offerings was most of its time (issue 21), and nobody pages through a thousand.
    /// Null counts every match (open data, whose format promises a total).
    /// </summary>
    public int? CountLimit { get; init; } = 1000;
}
