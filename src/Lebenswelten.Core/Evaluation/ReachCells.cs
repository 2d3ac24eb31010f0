using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// The cells a reach query needs, summed in the database over the dimensions it does not group by: a site's table by
/// category reads one row per site × category instead of every cell (month × district × age band × sex × …), whose number
/// grows with the registrations. The sums are the same the report made in memory before (counts of cells add up, as
/// <see cref="ReachCounts.Sum"/> does); dimensions left out come back as placeholders that no grouping reads. The offerings'
/// places are summed alike. <paramref name="by"/> is every dimension of the tables the caller makes from the sums.
/// </summary>
internal static class ReachCells
{
    public static async Task<List<ReachFact>> SummedAsync(LebensweltenDbContext db, IReadOnlyList<Guid> siteIds, ReachQuery query,
        IReadOnlySet<ReachDimension> by, CancellationToken ct)
    {
        var range = query.Months;
        var (month, category, targetGroups, project) = Needed(query, by);
        var district = by.Contains(ReachDimension.District);
        var ageBand = by.Contains(ReachDimension.AgeBand);
        var sex = by.Contains(ReachDimension.Sex);
        var sums = await db.ReachFacts.AsNoTracking()
            .Where(f => siteIds.Contains(f.SiteId) && f.Month >= range.From && f.Month <= range.To
                && (query.Category == null || f.Category == query.Category))
            // Constants, not parameters: the database then groups by the needed columns only, and each grouping gets its own plan.
            .GroupBy(f => new
            {
                f.SiteId,
                f.IsSampleData,
                Month = EF.Constant(month) ? f.Month : (DateOnly?)null,
                DistrictId = EF.Constant(district) ? f.DistrictId : null,
                Category = EF.Constant(category) ? f.Category : (OfferingCategory?)null,
                TargetGroups = EF.Constant(targetGroups) ? f.TargetGroups : (TargetGroups?)null,
                AgeBand = EF.Constant(ageBand) ? f.AgeBand : null,
                Sex = EF.Constant(sex) ? f.Sex : null,
                ProjectId = EF.Constant(project) ? f.ProjectId : null,
            })
            .Select(g => new
            {
                g.Key,
                Registrations = g.Sum(f => f.Registrations), Participants = g.Sum(f => f.Participants), Attended = g.Sum(f => f.Attended),
                Cancelled = g.Sum(f => f.Cancelled), NoShows = g.Sum(f => f.NoShows), Waitlisted = g.Sum(f => f.Waitlisted),
            })
            .ToListAsync(ct);
        return sums.Select(s => new ReachFact
        {
            SiteId = s.Key.SiteId, IsSampleData = s.Key.IsSampleData, Month = s.Key.Month ?? range.From, DistrictId = s.Key.DistrictId,
            Category = s.Key.Category ?? default, TargetGroups = s.Key.TargetGroups ?? TargetGroups.None,
            AgeBand = s.Key.AgeBand ?? "", Sex = s.Key.Sex ?? "", ProjectId = s.Key.ProjectId,
            Registrations = s.Registrations, Participants = s.Participants, Attended = s.Attended, Cancelled = s.Cancelled,
            NoShows = s.NoShows, Waitlisted = s.Waitlisted,
        }).ToList();
    }

    public static async Task<List<OfferingFact>> OfferingsSummedAsync(LebensweltenDbContext db, IReadOnlyList<Guid> siteIds,
        ReachQuery query, IReadOnlySet<ReachDimension> by, CancellationToken ct)
    {
        var range = query.Months;
        var (month, category, targetGroups, project) = Needed(query, by);
        var sums = await db.OfferingFacts.AsNoTracking()
            .Where(f => siteIds.Contains(f.SiteId) && f.Month >= range.From && f.Month <= range.To
                && (query.Category == null || f.Category == query.Category))
            .GroupBy(f => new
            {
                f.SiteId,
                Month = EF.Constant(month) ? f.Month : (DateOnly?)null,
                Category = EF.Constant(category) ? f.Category : (OfferingCategory?)null,
                TargetGroups = EF.Constant(targetGroups) ? f.TargetGroups : (TargetGroups?)null,
                ProjectId = EF.Constant(project) ? f.ProjectId : null,
            })
            .Select(g => new { g.Key, Offerings = g.Sum(f => f.Offerings), Places = g.Sum(f => f.Places) })
            .ToListAsync(ct);
        return sums.Select(s => new OfferingFact
        {
            SiteId = s.Key.SiteId, Month = s.Key.Month ?? range.From, Category = s.Key.Category ?? default,
            TargetGroups = s.Key.TargetGroups ?? TargetGroups.None, ProjectId = s.Key.ProjectId, Offerings = s.Offerings,
            Places = s.Places,
        }).ToList();
    }

    /// <summary>The dimensions cells and offerings share that the tables (or the filter) need.</summary>
    private static (bool Month, bool Category, bool TargetGroups, bool Project) Needed(ReachQuery query, IReadOnlySet<ReachDimension> by) => (
        by.Contains(ReachDimension.Month) || by.Contains(ReachDimension.Quarter) || by.Contains(ReachDimension.Year),
        by.Contains(ReachDimension.Category),
        // The target-group filter is applied to the sums afterwards (a bit test on the flags), so it needs them too.
        by.Contains(ReachDimension.TargetGroup) || query.TargetGroup is not null,
        by.Contains(ReachDimension.Project));
}
