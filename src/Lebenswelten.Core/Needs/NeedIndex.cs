namespace Lebenswelten.Core.Needs;

/// <summary>A district's place in the need index: the score (mean 0; higher = more need) and its rank (1 = most need).</summary>
public sealed record NeedScore(Guid DistrictId, double Score, int Rank, int Indicators)
{
    /// <summary>
    /// High need: among the fifth of the ranked districts with the most need (the map's top class), and above the mean.
    /// </summary>
    public bool IsHigh(int ranked) => Score > 0 && Rank <= Math.Max(1, (int)Math.Ceiling(ranked / (double)NeedsMap.ClassCount));
}

/// <summary>
/// The need index (docs/en/needs.md, "Need index"): for every indicator with a weight w > 0, the latest year's
/// published values become z-scores z = (x − mean) / sd across the districts, turned round where higher is better;
/// a district's index is Σ w·z / Σ w over the indicators it has values for. Values under the small-number rule and
/// indicators with no spread are left out, so the index never reveals a held-back figure.
/// </summary>
public static class NeedIndex
{
    public static IReadOnlyList<NeedScore> Compute(IEnumerable<Indicator> indicators, IReadOnlyCollection<IndicatorValue> values)
    {
        var sums = new Dictionary<Guid, (double Weighted, double Weights, int Count)>();
        foreach (var indicator in indicators.Where(i => i.NeedWeight > 0))
        {
            var own = values.Where(v => v.IndicatorId == indicator.Id && !v.IsSmallNumber).ToList();
            if (own.Count == 0)
            {
                continue;
            }
            var year = own.Max(v => v.Year);
            var latest = own.Where(v => v.Year == year).ToList();
            var mean = latest.Average(v => v.Value);
            var sd = Math.Sqrt(latest.Average(v => (v.Value - mean) * (v.Value - mean)));
            if (latest.Count < 2 || sd == 0)
            {
                continue;
            }
            var sign = indicator.Direction == IndicatorDirection.HigherIsWorse ? 1 : -1;
            foreach (var value in latest)
            {
                var z = sign * (value.Value - mean) / sd;
                var sum = sums.GetValueOrDefault(value.DistrictId);
                sums[value.DistrictId] = (sum.Weighted + indicator.NeedWeight * z, sum.Weights + indicator.NeedWeight, sum.Count + 1);
            }
        }
        return sums.Select(s => (Id: s.Key, Score: Math.Round(s.Value.Weighted / s.Value.Weights, 3), s.Value.Count))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Id)
            .Select((s, i) => new NeedScore(s.Id, s.Score, i + 1, s.Count))
            .ToList();
    }
}
