using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// Before appointments are deleted (90 days after their end, or on erasure), moves their counts from the live cells of
/// their room and month to the archived ones, so the monthly consultation figures survive the purge (issue 20).
/// </summary>
internal sealed class ConsultationArchive(LebensweltenDbContext db, ConsultationRefresh refresh, TimeProvider clock)
    : IAppointmentPurgeObserver
{
    public async Task BeforeDeleteAsync(IQueryable<TelemedicineAppointment> leaving, CancellationToken ct)
    {
        var rows = await ConsultationRow.From(leaving).ToListAsync(ct);
        foreach (var site in rows.GroupBy(r => r.SiteId).OrderBy(g => g.Key))
        {
            // One purge or erasure of a site's appointments at a time: two would both add the same archived cell (unique).
            await RowLock.ForUpdateAsync<Sites.Site>(db, site.Key, ct);
            var range = MonthRange.Of(site.Select(r => r.Month));
            var archived = await db.ConsultationFacts
                .Where(f => f.SiteId == site.Key && f.IsArchived && f.Month >= range.From && f.Month <= range.To)
                .ToDictionaryAsync(f => (f.RoomId, f.Month), ct);
            foreach (var count in ConsultationRow.Facts(site, clock.GetUtcNow(), archived: true))
            {
                if (archived.TryGetValue((count.RoomId, count.Month), out var cell))
                {
                    cell.Booked += count.Booked;
                    cell.Held += count.Held;
                    cell.Cancelled += count.Cancelled;
                }
                else
                {
                    db.ConsultationFacts.Add(count);
                }
            }
            await refresh.RecomputeAsync(site.Key, range, site.Select(r => r.Id).ToHashSet(), ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
