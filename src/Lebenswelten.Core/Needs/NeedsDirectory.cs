using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>What a site knows about its districts' needs, read for the map, the district page and the API.</summary>
public sealed class NeedsDirectory(LebensweltenDbContext db)
{
    /// <param name="staff">Staff also see indicators marked internal.</param>
    public Task<List<Indicator>> IndicatorsAsync(Guid siteId, bool staff, CancellationToken ct = default) =>
        db.Indicators.AsNoTracking().Where(i => i.SiteId == siteId && (staff || i.Privacy == IndicatorPrivacy.Public))
            .OrderBy(i => i.Topic).ThenBy(i => i.Name).ToListAsync(ct);

    public Task<List<IndicatorValue>> ValuesAsync(Guid siteId, Guid? indicatorId = null, CancellationToken ct = default) =>
        db.IndicatorValues.AsNoTracking()
            .Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.SiteId == siteId)
                && (indicatorId == null || v.IndicatorId == indicatorId))
            .OrderBy(v => v.Year).ToListAsync(ct);

    /// <summary>How many values each indicator of the site has, counted in the database (indicators without any are absent).</summary>
    public Task<Dictionary<Guid, int>> ValueCountsAsync(Guid siteId, CancellationToken ct = default) =>
        db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.SiteId == siteId))
            .GroupBy(v => v.IndicatorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>The need index over every weighted indicator (internal ones included: the index shows no single figure).</summary>
    public async Task<IReadOnlyList<NeedScore>> NeedIndexAsync(Guid siteId, CancellationToken ct = default) =>
        NeedIndex.Compute(await IndicatorsAsync(siteId, staff: true, ct), await ValuesAsync(siteId, ct: ct));

    public Task<List<DistrictPopulation>> PopulationAsync(Guid districtId, CancellationToken ct = default) =>
        db.DistrictPopulations.AsNoTracking().Where(p => p.DistrictId == districtId && p.AgeBand == "" && p.Sex == "")
            .OrderBy(p => p.Year).ToListAsync(ct);

    public async Task<PopulationBreakdown?> PopulationBreakdownAsync(Guid districtId, CancellationToken ct = default) =>
        PopulationBreakdown.Of(await db.DistrictPopulations.AsNoTracking()
            .Where(p => p.DistrictId == districtId && (p.AgeBand != "" || p.Sex != ""))
            .ToListAsync(ct));

    public async Task<List<GoalProgress>> GoalsAsync(Guid siteId, CancellationToken ct = default)
    {
        var goals = await db.HealthGoals.AsNoTracking().Where(g => g.SiteId == siteId)
            .OrderBy(g => g.TargetYear).ThenBy(g => g.Text).ToListAsync(ct);
        var values = await ValuesAsync(siteId, ct: ct);
        return goals.Select(g => GoalProgress.Of(g, values)).ToList();
    }
}
