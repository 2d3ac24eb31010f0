using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Computes a site's live reach and offering facts again from the registrations, so that dashboards read a few thousand
/// counted cells instead of millions of registrations. Run by <see cref="EvaluationRefreshJob"/> and on demand.
/// </summary>
public sealed class ReachRefresh(LebensweltenDbContext db, ConsultationRefresh consultations, EvaluationAccess access)
{
    /// <summary>A coordinator's "count again now": the same refresh as the job's, for the own site only.</summary>
    public async Task<Outcome<Guid>> RefreshOnDemandAsync(Guid siteId, string? userId, CancellationToken ct)
    {
        if (!await access.MayRefreshAsync(userId, siteId, ct))
        {
            return DomainProblem.Forbidden("Evaluation.Forbidden");
        }
        await RefreshSiteAsync(siteId, ct);
        return siteId;
    }

    public async Task RefreshAllAsync(CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => s.Id).ToListAsync(ct);
        foreach (var site in sites)
        {
            await RefreshSiteAsync(site, ct);
        }
    }

    /// <summary>One transaction per site: readers see the old cells or the new ones, never half.</summary>
    public async Task RefreshSiteAsync(Guid siteId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RecomputeAsync(siteId, MonthRange.Always, new HashSet<Guid>(), ct);
        await consultations.RecomputeAsync(siteId, MonthRange.Always, new HashSet<Guid>(), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Replaces the live cells of the months with new counts, leaving out the given registrations (those being
    /// anonymised, whose counts <see cref="ReachArchive"/> just moved to the archived cells). Call inside a transaction.
    /// </summary>
    internal async Task RecomputeAsync(Guid siteId, MonthRange range, IReadOnlySet<Guid> leavingOut, CancellationToken ct)
    {
        // Two refreshes of one site (the job and a coordinator's button) must not both add their cells.
        await RowLock.ForUpdateAsync<Site>(db, siteId, ct);
        await db.ReachFacts.Where(f => f.SiteId == siteId && !f.IsArchived && f.Month >= range.From && f.Month <= range.To)
            .ExecuteDeleteAsync(ct);
        var tally = await ReachTally.ForSiteAsync(db, siteId, ct);
        await foreach (var row in ReachRow.Query(db, siteId, range).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (range.Contains(row.Month) && !leavingOut.Contains(row.Id))
            {
                tally.Add(row);
            }
        }
        db.ReachFacts.AddRange(tally.Facts(siteId, archived: false));
        await RecomputeOfferingsAsync(siteId, range, tally.ProjectOf, ct);
    }

    private async Task RecomputeOfferingsAsync(Guid siteId, MonthRange range, IReadOnlyDictionary<Guid, Guid> projectOf,
        CancellationToken ct)
    {
        await db.OfferingFacts.Where(f => f.SiteId == siteId && f.Month >= range.From && f.Month <= range.To).ExecuteDeleteAsync(ct);
        var offerings = await db.Offerings.AsNoTracking()
            .Where(o => o.SiteId == siteId && (o.Status == OfferingStatus.Published || o.Status == OfferingStatus.Finished))
            .Select(o => new { o.Id, o.Category, o.TargetGroups, o.Capacity, Start = o.FirstSessionStart ?? o.CreatedAt })
            .ToListAsync(ct);
        db.OfferingFacts.AddRange(offerings
            .Select(o => new { o.Category, o.TargetGroups, o.Capacity, Month = MonthRange.MonthOf(o.Start),
                Project = projectOf.TryGetValue(o.Id, out var p) ? p : (Guid?)null })
            .Where(o => range.Contains(o.Month))
            .GroupBy(o => (o.Month, o.Category, o.TargetGroups, o.Project))
            .Select(g => new OfferingFact
            {
                SiteId = siteId, Month = g.Key.Month, Category = g.Key.Category, TargetGroups = g.Key.TargetGroups,
                ProjectId = g.Key.Project, Offerings = g.Count(), Places = g.Sum(o => o.Capacity),
            }));
    }
}
