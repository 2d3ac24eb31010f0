using System.Text.RegularExpressions;

namespace Lebenswelten.Core.Needs;

/// <summary>
/// A district's residents by age band and sex in the latest year that has them. Cells from fewer than five people
/// are held back like indicator values: a "d" (diverse) count of 2 in a small band could point to a person.
/// </summary>
public sealed partial record PopulationBreakdown(int Year, IReadOnlyList<string> AgeBands, IReadOnlyList<string> Sexes,
    IReadOnlyDictionary<(string AgeBand, string Sex), int> Residents, bool IsSampleData)
{
    public static readonly IReadOnlyList<string> SexOrder = ["f", "m", "d", ""];

    /// <summary>"0-5", "65+", "100+": whole years, as statistical offices publish them.</summary>
    [GeneratedRegex(@"^\d{1,3}(-\d{1,3}|\+)$")]
    private static partial Regex AgeBandPattern();

    /// <summary>The stored form of an age band ("6–17 " → "6-17"), or null if it is none.</summary>
    public static string? AgeBand(string cell)
    {
        var band = cell.Replace('–', '-').Replace(" ", "", StringComparison.Ordinal);
        return band.Length == 0 || AgeBandPattern().IsMatch(band) ? band : null;
    }

    /// <summary>The stored form of a sex ("w", "weiblich", "female" → "f"; empty for all), or null if it is none of them.</summary>
    public static string? Sex(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "" or "gesamt" or "total" or "all" => "",
        "f" or "w" or "weiblich" or "female" => "f",
        "m" or "männlich" or "maennlich" or "male" => "m",
        "d" or "divers" or "diverse" => "d",
        _ => null,
    };

    public static PopulationBreakdown? Of(IReadOnlyCollection<DistrictPopulation> rows)
    {
        var detailed = rows.Where(r => r.AgeBand != "" || r.Sex != "").ToList();
        if (detailed.Count == 0)
        {
            return null;
        }
        var year = detailed.Max(r => r.Year);
        var latest = detailed.Where(r => r.Year == year).ToList();
        var bands = latest.Select(r => r.AgeBand).Distinct()
            .OrderBy(b => b == "" ? int.MaxValue : int.Parse(b.TrimEnd('+').Split('-')[0])).ToList();
        var sexes = SexOrder.Where(s => latest.Any(r => r.Sex == s)).ToList();
        return new(year, bands, sexes, latest.ToDictionary(r => (r.AgeBand, r.Sex), r => r.Residents), latest.Any(r => r.IsSampleData));
    }

    /// <summary>The cell as published: null where there is none, "&lt; 5" where it is held back.</summary>
    public string? Shown(string ageBand, string sex) => Residents.TryGetValue((ageBand, sex), out var residents)
        ? residents < IndicatorValue.SmallNumberThreshold ? $"< {IndicatorValue.SmallNumberThreshold}" : residents.ToString("N0")
        : null;
}
