using System.Linq.Expressions;

namespace Lebenswelten.Core.Sites;

/// <summary>A district (Stadtteil, Ortsteil) of a site.</summary>
public sealed class District : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int? Population { get; set; }
    public int? PopulationYear { get; set; }

    /// <summary>True where the figures are generated, not real ("Beispieldaten").</summary>
    public bool IsSampleData { get; set; }

    /// <summary>The boundary as a GeoJSON Polygon or MultiPolygon geometry in WGS84, validated on import.</summary>
    public string? BoundaryGeoJson { get; set; }

    /// <summary>True where the boundary is generated, not surveyed (sample districts of Gera and Weimar).</summary>
    public bool IsSampleBoundary { get; set; }

    /// <summary>
    /// A district without its boundary, for lists, filters and labels: a city's polygons weigh up to a megabyte, and
    /// loading them on every catalogue search cost more than the search itself (issue 21). Only maps read the boundary.
    /// </summary>
    public static readonly Expression<Func<District, District>> WithoutBoundary = d => new District
    {
        Id = d.Id, SiteId = d.SiteId, Key = d.Key, Name = d.Name, Population = d.Population,
        PopulationYear = d.PopulationYear, IsSampleData = d.IsSampleData, IsSampleBoundary = d.IsSampleBoundary,
    };
}
