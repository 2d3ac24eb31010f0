namespace Lebenswelten.Core.Sites;

/// <summary>A site (Standort) is the tenant: one municipality or region.</summary>
public sealed class Site
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string State { get; set; }

    /// <summary>Official regional key (Amtlicher Gemeindeschlüssel / Kreisschlüssel).</summary>
    public required string Ags { get; set; }

    public string? Description { get; set; }
    public SiteContact Contact { get; set; } = new();
    /// <summary>
    /// Whom the site's residents figures come from ("Stadt Leipzig, Amt für Statistik und Wahlen"), credited on its page;
    /// set with a residents import. Null: no credit, since each municipality's statistics office is its own.
    /// </summary>
    public string? PopulationSource { get; set; }

    public const int MaxSourceLength = 300;

    public int? GisdYear { get; set; }
    public double? GisdScoreValue { get; set; }
    public int? GisdQuintile { get; set; }

    public GisdScore? Gisd => GisdYear is { } year && GisdScoreValue is { } score
        ? new GisdScore(year, score, GisdQuintile)
        : null;

    public void SetGisd(GisdScore? gisd)
    {
        GisdYear = gisd?.Year;
        GisdScoreValue = gisd?.Score;
        GisdQuintile = gisd?.Quintile;
    }
}

public sealed class SiteContact
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>
/// The RKI German Index of Socioeconomic Deprivation for the site's district (Kreis), latest year,
/// in the Germany frame (0 lowest to 1 highest deprivation; quintile 5 = most deprived fifth).
/// </summary>
public sealed record GisdScore(int Year, double Score, int? Quintile);
