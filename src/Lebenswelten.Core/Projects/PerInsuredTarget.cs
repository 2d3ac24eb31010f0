namespace Lebenswelten.Core.Projects;

/// <summary>
/// The law's target for settings per insured person and year (§20 Abs. 6 SGB V: 2 euros from 2016, adjusted every year
/// by the change of the reference value of §18 SGB IV). Shown beside a budget as context, never used in a rule; the
/// operator keeps it current under <c>Projects:PerInsuredTargetCents:{year}</c>.
/// </summary>
public sealed class PerInsuredTargetOptions
{
    public const string Section = "Projects";

    public Dictionary<int, long> PerInsuredTargetCents { get; set; } = new() { [2016] = 200 };

    /// <summary>The figure for the year, or the latest one set before it (with the year it is for).</summary>
    public (int Year, long Cents)? For(int year) =>
        PerInsuredTargetCents.Where(p => p.Key <= year).OrderByDescending(p => p.Key).Select(p => ((int, long)?)(p.Key, p.Value)).FirstOrDefault();
}
