using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// The published reach figures of a site, or of the sites a programme evaluator or insurer officer compares, read from
/// the pre-aggregated cells only (never from registrations), held back and rounded in one place
/// (<see cref="PublishedCount"/>). Pages, API and exports all call this.
/// </summary>
public sealed class ReachReport(LebensweltenDbContext db, EvaluationAccess access, IOptions<EvaluationSettings> settings)
{
    public async Task<Outcome<ReachTable>> ForSiteAsync(Guid siteId, ReachQuery query, string? userId, CancellationToken ct)
    {
        if (!await access.MaySeeSiteAsync(userId, siteId, ct))
        {
            return DomainProblem.Forbidden("Evaluation.Forbidden");
        }
        return query.Validate(acrossSites: false) is { } problem ? problem : await BuildAsync([siteId], query, ct);
    }

    public async Task<Outcome<ReachTable>> AcrossSitesAsync(ReachQuery query, string? userId, CancellationToken ct)
    {
        var sites = await access.ComparableSitesAsync(userId, ct);
        if (sites.Count == 0)
        {
            return DomainProblem.Forbidden("Evaluation.Forbidden");
        }
        return query.Validate(acrossSites: true) is { } problem ? problem : await BuildAsync(sites, query, ct);
    }

    private async Task<ReachTable> BuildAsync(IReadOnlyList<Guid> siteIds, ReachQuery query, CancellationToken ct)
    {
        var range = query.Months;
        var facts = (await ReachCells.SummedAsync(db, siteIds, query, ct))
            .Where(f => query.TargetGroup is not { } g || (f.TargetGroups & g) != 0).ToList();
        var offerings = (await db.OfferingFacts.AsNoTracking()
                .Where(f => siteIds.Contains(f.SiteId) && f.Month >= range.From && f.Month <= range.To
                    && (query.Category == null || f.Category == query.Category))
                .ToListAsync(ct))
            .Where(f => query.TargetGroup is not { } g || (f.TargetGroups & g) != 0).ToList();
        var labels = await ReachLabels.LoadAsync(db, siteIds, ct);
        var minimum = settings.Value.EffectiveMinimum;
        var withPlaces = !query.GroupBy.Any(d => d.DescribesPerson());

        var places = withPlaces
            ? Expand(offerings, query.GroupBy,
                    o => Values(labels, query.GroupBy, o.SiteId, o.Month, null, o.Category, o.TargetGroups, "", "", o.ProjectId))
                .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Item.Places))
            : [];
        var lines = Expand(facts, query.GroupBy, f => Values(labels, query.GroupBy, f.SiteId, f.Month, f.DistrictId, f.Category,
                f.TargetGroups, f.AgeBand, f.Sex, f.ProjectId))
            .GroupBy(x => x.Key)
            .Select(g => new ReachLine(g.First().Group, ReachFigures.Of(ReachCounts.Sum(g.Select(x => x.Item)),
                withPlaces ? places.GetValueOrDefault(g.Key) : null, minimum)))
            .OrderBy(l => string.Join("|", l.Group.Select(ReachLabels.SortKey)), StringComparer.Ordinal)
            .ToList();
        var total = ReachFigures.Of(ReachCounts.Sum(facts), offerings.Sum(o => o.Places), minimum);
        return new ReachTable(siteIds, query, lines, total, minimum, facts.Any(f => f.IsSampleData));
    }

    private static List<IReadOnlyList<GroupValue>> Values(ReachLabels labels, IReadOnlyList<ReachDimension> groupBy, Guid siteId,
        DateOnly month, Guid? districtId, Offerings.OfferingCategory category, TargetGroups targetGroups, string ageBand, string sex,
        Guid? projectId)
    {
        IEnumerable<IReadOnlyList<GroupValue>> combos = [[]];
        foreach (var dimension in groupBy)
        {
            var values = labels.Of(dimension, siteId, month, districtId, category, targetGroups, ageBand, sex, projectId).ToList();
            combos = combos.SelectMany(c => values.Select(v => (IReadOnlyList<GroupValue>)[.. c, v]));
        }
        return combos.ToList();
    }

    /// <summary>Each item once per group it belongs to (an offering for families and fathers counts in both groups).</summary>
    private static IEnumerable<(string Key, IReadOnlyList<GroupValue> Group, T Item)> Expand<T>(IEnumerable<T> items,
        IReadOnlyList<ReachDimension> groupBy, Func<T, List<IReadOnlyList<GroupValue>>> values) =>
        items.SelectMany(item => values(item).Select(group => (string.Join("|", group.Select(v => v.Key)), group, item)));
}
