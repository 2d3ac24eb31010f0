using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;

namespace Lebenswelten.Core.Sites;

/// <summary>
/// The RKI GISD scores per district (Kreis), Germany frame, as shipped in data/gisd (CC BY 4.0, see SOURCE.md).
/// </summary>
public sealed class GisdTable
{
    public const string Citation =
        "Michalski, N., Soliman, L.O., Reis, M., Tetzlaff, F., Nowossadeck, E., & Hoebel, J. (2025). " +
        "German Index of Socioeconomic Deprivation (GISD) [Data set]. Zenodo. doi:10.5281/zenodo.14781119 (CC BY 4.0)";

    private readonly Dictionary<string, List<GisdScore>> _byKreis;
    private readonly Dictionary<string, string> _names;

    private GisdTable(Dictionary<string, List<GisdScore>> byKreis, Dictionary<string, string> names)
    {
        _byKreis = byKreis;
        _names = names;
    }

    public static GisdTable LoadEmbedded()
    {
        using var stream = typeof(GisdTable).Assembly.GetManifestResourceStream("gisd/GISD_Bund_Kreis.csv")
            ?? throw new InvalidOperationException("The GISD data is not embedded in Lebenswelten.Core.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<KreisRow>().ToList();
        var byKreis = rows.GroupBy(row => row.KreisId)
            .ToDictionary(g => g.Key, g => g.Select(r => new GisdScore(r.Year, r.Score, r.Quintile)).OrderBy(s => s.Year).ToList());
        var names = rows.GroupBy(row => row.KreisId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Year)!.KreisName);
        return new GisdTable(byKreis, names);
    }

    /// <summary>The latest score for a regional key; the Kreis is its first five digits.</summary>
    public GisdScore? Latest(string ags) =>
        ags.Length >= 5 && _byKreis.TryGetValue(ags[..5], out var scores) ? scores[^1] : null;

    /// <summary>The Kreis's name as the RKI table gives it ("Jena, Stadt", "Saale-Holzland-Kreis"), or null.</summary>
    public string? KreisName(string ags) => ags.Length >= 5 && _names.TryGetValue(ags[..5], out var name) ? name : null;

    public IReadOnlyList<GisdScore> History(string ags) =>
        ags.Length >= 5 && _byKreis.TryGetValue(ags[..5], out var scores) ? scores : [];

    private sealed class KreisRow
    {
        [Name("kreis_id")] public string KreisId { get; set; } = "";
        [Name("kreis_name")] public string KreisName { get; set; } = "";
        [Name("year")] public int Year { get; set; }
        [Name("gisd_score")] public double Score { get; set; }
        [Name("gisd_5")] public int? Quintile { get; set; }
    }
}
