namespace Lebenswelten.Core.Evaluation;

/// <summary>One district in the concentration index: its need score, residents and participants.</summary>
public readonly record struct RankedDistrict(double Need, double Residents, double Participants);

/// <summary>
/// The concentration index of reach over districts ranked by need (docs/en/evaluation.md, "Equity", with a worked
/// example): districts from least to most need, w_i their share of residents, h_i participants per resident,
/// μ = Σ w_i·h_i, R_i = Σ_{j&lt;i} w_j + w_i/2 (the fractional rank); CI = (2/μ)·Σ w_i·h_i·R_i − 1.
/// Between −1 and 1; above 0 the reach is concentrated in the districts of higher need, as §20a SGB V wants.
/// </summary>
public static class ConcentrationIndex
{
    public static double? Compute(IEnumerable<RankedDistrict> districts)
    {
        var ranked = districts.Where(d => d.Residents > 0).OrderBy(d => d.Need).ToList();
        var residents = ranked.Sum(d => d.Residents);
        if (ranked.Count < 2 || residents <= 0)
        {
            return null;
        }
        double mean = 0, weighted = 0, below = 0;
        foreach (var d in ranked)
        {
            var share = d.Residents / residents;
            var rate = d.Participants / d.Residents;
            var rank = below + share / 2;
            mean += share * rate;
            weighted += share * rate * rank;
            below += share;
        }
        return mean <= 0 ? null : Math.Round(2 * weighted / mean - 1, 3);
    }
}
