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
        return query.Validate(acrossSites: false) is { } problem ? problem : (await BuildAsync([siteId], query, [query.GroupBy], ct))[0];
    }

    public async Task<Outcome<ReachTable>> AcrossSitesAsync(ReachQuery query, string? userId, CancellationToken ct)
    {
        var tables = await AcrossSitesAsync(query, [query.GroupBy], userId, ct);
        return tables.Problem is { } problem ? problem : tables.Value![0];
    }

    /// <summary>
    /// Several tables of one query (the comparison page shows three) from one read of the cells and the offerings: the
    /// database sums them over the dimensions none of the tables groups by, and each table groups those few sums. Reading
    /// them once per table cost the page four scans of every cell of the period (issue 21, benchmark 4).
    /// </summary>
    public async Task<Outcome<IReadOnlyList<ReachTable>>> AcrossSitesAsync(ReachQuery query,
        IReadOnlyList<IReadOnlyList<ReachDimension>> groupings, string? userId, CancellationToken ct)
    {
        var sites = await access.ComparableSitesAsync(userId, ct);
        if (sites.Count == 0)
        {
            return DomainProblem.Forbidden("Evaluation.Forbidden");
        }
        foreach (var groupBy in groupings)
        {
            if ((query with { GroupBy = groupBy }).Validate(acrossSites: true) is { } problem)
            {
                return problem;
            }
        }
        return await BuildAsync(sites, query, groupings, ct);
    }

    private async Task<List<ReachTable>> BuildAsync(IReadOnlyList<Guid> siteIds, ReachQuery query,
        IReadOnlyList<IReadOnlyList<ReachDimension>> groupings, CancellationToken ct)
    {
        var needed = groupings.SelectMany(g => g).ToHashSet();
        var facts = (await ReachCells.SummedAsync(db, siteIds, query, needed, ct))
            .Where(f => query.TargetGroup is not { } g || (f.TargetGroups & g) != 0).ToList();
        var offerings = (await ReachCells.OfferingsSummedAsync(db, siteIds, query, needed, ct))
            .Where(f => query.TargetGroup is not { } g || (f.TargetGroups & g) != 0).ToList();
        var labels = await ReachLabels.LoadAsync(db, siteIds, ct);
        var minimum = settings.Value.EffectiveMinimum;
        var total = offerings.Sum(o => o.Places);
        var isSampleData = facts.Any(f => f.IsSampleData);
        return groupings.Select(groupBy => Table(siteIds, query with { GroupBy = groupBy }, facts, offerings, total, labels, minimum,
            isSampleData)).ToList();
    }

    private static ReachTable Table(IReadOnlyList<Guid> siteIds, ReachQuery query, List<ReachFact> facts, List<OfferingFact> offerings,
        int allPlaces, ReachLabels labels, int minimum, bool isSampleData)
    {
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
        var total = ReachFigures.Of(ReachCounts.Sum(facts), allPlaces, minimum);
        return new ReachTable(siteIds, query, lines, total, minimum, isSampleData);
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
