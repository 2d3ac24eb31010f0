using System.Globalization;
using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Districts of the demo sites: the real Ortsteile/Stadtteile of Jena, Chemnitz and Leipzig (OpenStreetMap,
/// ODbL, shipped in data/districts) and real district names with generated figures for Gera and Weimar.
/// </summary>
public static class DemoDistricts
{
    internal const int SamplePopulationYear = 2023;

    // Gera and Weimar have no open boundary data here; the names are real, the figures are not.
    private static readonly Dictionary<string, string[]> SampleNames = new()
    {
        ["gera"] =
        [
            "Innenstadt", "Bieblach-Ost", "Bieblach", "Lusan", "Debschwitz", "Untermhaus", "Pforten", "Zwötzen",
            "Langenberg", "Tinz", "Leumnitz", "Liebschwitz", "Ernsee", "Milbitz", "Scheubengrobsdorf", "Ostviertel",
        ],
        ["weimar"] =
        [
            "Altstadt", "Nordvorstadt", "Parkvorstadt", "Südstadt", "Westvorstadt", "Weimar-Nord", "Weimar-West",
            "Schöndorf", "Oberweimar/Ehringsdorf", "Tiefurt", "Gaberndorf", "Legefeld", "Gelmeroda", "Taubach",
            "Tröbsdorf", "Niedergrunstedt",
        ],
    };

    public static IReadOnlyList<District> For(string siteSlug, Guid siteId) => siteSlug switch
    {
        "leipzig" => FromGeoJson("leipzig", siteId, realPopulation: true),
        "chemnitz" or "jena" => FromGeoJson(siteSlug, siteId, realPopulation: false),
        _ when SampleNames.TryGetValue(siteSlug, out var names) =>
            DemoBoundaries.Grid(siteSlug, names.Select(name => Sample(siteId, ReadableKeys.Of(name), name)).ToList()),
        _ => [],
    };

    private static List<District> FromGeoJson(string file, Guid siteId, bool realPopulation)
    {
        using var stream = typeof(DemoDistricts).Assembly.GetManifestResourceStream($"districts/{file}.geojson")
            ?? throw new InvalidOperationException($"districts/{file}.geojson is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var districts = new List<District>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var name = properties.GetProperty("name").GetString()!;
            var key = properties.TryGetProperty("ot_nr", out var number) ? number.GetString()! : ReadableKeys.Of(name);
            var boundary = feature.GetProperty("geometry").GetRawText();
            if (realPopulation && properties.TryGetProperty("einwohner_2023", out var residents)
                && residents.ValueKind == JsonValueKind.Number)
            {
                districts.Add(new District
                {
                    SiteId = siteId, Key = key, Name = name, Population = residents.GetInt32(), PopulationYear = 2023,
                    BoundaryGeoJson = boundary,
                });
            }
            else
            {
                var district = Sample(siteId, key, name);
                district.BoundaryGeoJson = boundary;
                districts.Add(district);
            }
        }
        return districts.OrderBy(d => d.Name, StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), false)).ToList();
    }

    internal static District Sample(Guid siteId, string key, string name) => new()
    {
        SiteId = siteId,
        Key = key,
        Name = name,
        Population = 1_500 + (int)(StableHash(name) % 14_000),
        PopulationYear = SamplePopulationYear,
        IsSampleData = true,
    };

    // FNV-1a: string.GetHashCode is randomised per process, sample figures must not change between starts.
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }
}
