using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Before registrations are anonymised, moves what they count from the live cells to the archived ones: the archived
/// cells keep the district, age band and sex the anonymised rows no longer have, and the live cells of those months are
/// counted again without them. So erasure and retention leave every published figure as it was (issue 20).
/// </summary>
internal sealed class ReachArchive(LebensweltenDbContext db, ReachRefresh refresh) : IRegistrationAnonymisationObserver
{
    public async Task BeforeAnonymiseAsync(IReadOnlyCollection<Registration> registrations, CancellationToken ct)
    {
        var counted = registrations.Where(r => r.AnonymisedAt is null && r.Status != RegistrationStatus.Expired).ToList();
        if (counted.Count == 0)
        {
            return;
        }
        // Released places and moved-up waiting lists first, so that the live cells are counted from what is now true.
        await db.SaveChangesAsync(ct);
        var ids = counted.Select(r => r.Id).ToHashSet();
        var offeringIds = counted.Select(r => r.OfferingId).Distinct().ToList();
        var offerings = await db.Offerings.AsNoTracking().Where(o => offeringIds.Contains(o.Id))
            .Select(o => new { o.Id, o.SiteId, o.Category, o.TargetGroups, o.FirstSessionStart }).ToDictionaryAsync(o => o.Id, ct);
        var attendance = await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.RegistrationId))
            .Select(a => new { a.RegistrationId, a.Present }).ToListAsync(ct);
        foreach (var site in counted.GroupBy(r => offerings[r.OfferingId].SiteId).OrderBy(g => g.Key))
        {
            // Two erasures at one site at once would both read the archived cells and both add theirs: one at a time, in
            // the order of the sites, like the refresh (which takes the same lock).
            await RowLock.ForUpdateAsync<Sites.Site>(db, site.Key, ct);
            var tally = await ReachTally.ForSiteAsync(db, site.Key, ct);
            var months = new List<DateOnly>();
            foreach (var r in site)
            {
                var o = offerings[r.OfferingId];
                var row = new ReachRow(r.Id, r.OfferingId, r.UserId, r.NormalizedEmail, r.PostalCode, r.BirthYear, r.Sex, r.Status,
                    r.CreatedAt, o.FirstSessionStart, o.Category, o.TargetGroups,
                    attendance.Any(a => a.RegistrationId == r.Id && a.Present), attendance.Any(a => a.RegistrationId == r.Id));
                tally.Add(row);
                months.Add(row.Month);
            }
            var range = MonthRange.Of(months);
            await MergeAsync(site.Key, range, tally.Facts(site.Key, archived: true).ToList(), ct);
            await refresh.RecomputeAsync(site.Key, range, ids, ct);
        }
    }

    private async Task MergeAsync(Guid siteId, MonthRange range, List<ReachFact> counts, CancellationToken ct)
    {
        var archived = (await db.ReachFacts.Where(f => f.SiteId == siteId && f.IsArchived && f.Month >= range.From && f.Month <= range.To)
            .ToListAsync(ct)).ToDictionary(ReachKey.Of);
        foreach (var count in counts)
        {
            if (!archived.TryGetValue(ReachKey.Of(count), out var cell))
            {
                db.ReachFacts.Add(count);
                continue;
            }
            cell.Registrations += count.Registrations;
            cell.Participants += count.Participants;
            cell.Attended += count.Attended;
            cell.Cancelled += count.Cancelled;
            cell.NoShows += count.NoShows;
            cell.Waitlisted += count.Waitlisted;
        }
    }
}
