using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>A four-digit postcode area (PLZ4) with its GISD score in the latest year, and the city's postcodes in it.</summary>
public sealed record GisdPostcodeArea(string Area, IReadOnlyList<string> Postcodes, int Year, double Score, int? Quintile, int? Population);

/// <summary>
/// The RKI GISD per PLZ4 area (data/gisd/GISD_Bund_PLZ4.csv, Germany frame, CC BY 4.0; cite <see cref="Sites.GisdTable.Citation"/>).
/// A city's areas are those of the postcodes it uses (data/postcodes, the list the catalogue's "near my postcode" reads):
/// the file has no municipality key, and a PLZ4 area may reach beyond the city boundary.
/// </summary>
public static class GisdPostcodeAreas
{
    private static readonly Lazy<IReadOnlyDictionary<string, GisdPostcodeArea>> Latest = new(Load);

    public static IReadOnlyList<GisdPostcodeArea> ForCity(string city) =>
        PostcodeCentroids.InCity(city)
            .GroupBy(c => c.Postcode[..4])
            .Select(g => Latest.Value.TryGetValue(g.Key.TrimStart('0'), out var area)
                ? area with { Area = g.Key, Postcodes = g.Select(c => c.Postcode).Order().ToList() }
                : null)
            .OfType<GisdPostcodeArea>()
            .OrderBy(a => a.Area, StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, GisdPostcodeArea> Load()
    {
        using var stream = typeof(GisdPostcodeAreas).Assembly.GetManifestResourceStream("gisd/GISD_Bund_PLZ4.csv")
            ?? throw new InvalidOperationException("The GISD PLZ4 data is not embedded in Lebenswelten.Core.");
        using var csv = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        return csv.GetRecords<Row>().GroupBy(r => r.Area).Select(g => g.MaxBy(r => r.Year)!)
            .ToDictionary(r => r.Area, r => new GisdPostcodeArea(r.Area, [], r.Year, r.Score, r.Quintile, r.Population));
    }

    private sealed class Row
    {
        [Name("year")] public int Year { get; set; }
        [Name("PLZ4")] public string Area { get; set; } = "";
        [Name("gisd_score")] public double Score { get; set; }
        [Name("population")] public int? Population { get; set; }
        [Name("gisd_5")] public int? Quintile { get; set; }
    }
}
