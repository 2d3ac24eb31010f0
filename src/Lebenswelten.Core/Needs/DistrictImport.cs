using System.Text.Json;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <param name="OfferingsAssigned">Offerings without a district that the new boundaries placed in one.</param>
public sealed record DistrictImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors, int OfferingsAssigned = 0)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One line of an import's preview: a district's boundary (new or replaced), or its residents in a year.</summary>
public sealed record DistrictImportLine(int Line, string District, int? Year, string? AgeBand, string? Sex, int? Residents, int? Previous,
    bool IsNew);

public sealed record DistrictImportPreview(IReadOnlyList<DistrictImportLine> Lines, IReadOnlyList<ImportError> Errors)
{
    public bool CanCommit => Errors.Count == 0 && Lines.Count > 0;
}

/// <summary>
/// Boundaries from a GeoJSON FeatureCollection and residents from CSV, for the coordinator page and the
/// <c>import-districts</c>/<c>import-population</c> commands. A file with any error changes nothing.
/// </summary>
public sealed class DistrictImport(LebensweltenDbContext db, IEnumerable<IDistrictBoundaryFollower> followers)
{
    /// <summary>What the file would do: each feature's district, new or replaced; nothing stored.</summary>
    public async Task<DistrictImportPreview> PreviewBoundariesAsync(Guid siteId, string geoJson, CancellationToken ct = default)
    {
        var (features, errors) = ReadFeatures(geoJson);
        if (errors.Count > 0)
        {
            return new([], errors);
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).Select(d => new { d.Key, d.Name }).ToListAsync(ct);
        return new(features.Select((f, i) => new DistrictImportLine(i + 1, f.Name, null, null, null, null, null,
            !districts.Any(d => d.Key == f.Key || d.Name == f.Name))).ToList(), []);
    }

    public async Task<DistrictImportResult> ImportBoundariesAsync(Guid siteId, string geoJson, CancellationToken ct = default)
    {
        var (features, errors) = ReadFeatures(geoJson);
        if (errors.Count > 0)
        {
            return new(0, 0, errors);
        }
        var districts = await db.Districts.Where(d => d.SiteId == siteId).ToListAsync(ct);
        var (created, updated) = (0, 0);
        foreach (var (key, name, geometry) in features)
        {
            var district = districts.FirstOrDefault(d => d.Key == key) ?? districts.FirstOrDefault(d => d.Name == name);
            if (district is null)
            {
                district = new District { SiteId = siteId, Key = key, Name = name };
                db.Districts.Add(district);
                districts.Add(district);
                created++;
            }
            else
            {
                updated++;
            }
            (district.Name, district.BoundaryGeoJson, district.IsSampleBoundary) = (name, geometry, false);
        }
        await db.SaveChangesAsync(ct);
        return new(created, updated, [], await AssignMissingAsync(siteId, ct));
    }

    private async Task<int> AssignMissingAsync(Guid siteId, CancellationToken ct)
    {
        var assigned = 0;
        foreach (var follower in followers)
        {
            assigned += await follower.AssignMissingAsync(siteId, ct);
        }
        return assigned;
    }

    /// <summary>Features with their key (property "key", "ot_nr" or made from "name"), name and checked geometry.</summary>
    public static (List<(string Key, string Name, string Geometry)> Features, List<ImportError> Errors) ReadFeatures(string geoJson)
    {
        var features = new List<(string, string, string)>();
        var errors = new List<ImportError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException)
        {
            return (features, [new(0, "Import.NotGeoJson")]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("features", out var list)
                || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                return (features, [new(0, "Import.NotGeoJson")]);
            }
            var number = 0;
            foreach (var feature in list.EnumerateArray())
            {
                number++;
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                var name = Text(properties, "name");
                if (string.IsNullOrWhiteSpace(name))
                {
                    errors.Add(new(number, "Import.MissingName"));
                    continue;
                }
                var key = Text(properties, "key") ?? Text(properties, "ot_nr") ?? ReadableKeys.Of(name);
                if (!feature.TryGetProperty("geometry", out var geometry))
                {
                    errors.Add(new(number, "Import.NotAPolygon"));
                }
                else if (DistrictGeometry.Check(geometry, number) is { } error)
                {
                    errors.Add(error with { Value = error.Value.Length == 0 ? name : $"{name}: {error.Value}" });
                }
                else if (features.Any(f => f.Item1 == key))
                {
                    errors.Add(new(number, "Import.DuplicateRow", name));
                }
                else
                {
                    features.Add((key, name.Trim(), geometry.GetRawText()));
                }
            }
        }
        return (features, errors);
    }

    private static string? Text(JsonElement properties, string name) =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()
                : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : null
            : null;
}
