namespace Lebenswelten.Core.Evaluation;

/// <summary>Computes a site's live consultation counts per room and month again from the appointments still there.</summary>
public sealed class ConsultationRefresh(LebensweltenDbContext db, TimeProvider clock)
{
    /// <summary>Replaces the live cells of the months, leaving out the appointments about to be deleted. Inside a transaction.</summary>
    internal async Task RecomputeAsync(Guid siteId, MonthRange range, IReadOnlySet<Guid> leavingOut, CancellationToken ct)
    {
        await db.ConsultationFacts.Where(f => f.SiteId == siteId && !f.IsArchived && f.Month >= range.From && f.Month <= range.To)
            .ExecuteDeleteAsync(ct);
        var rows = await ConsultationRow.From(db.TelemedicineAppointments
                .Where(a => a.SiteId == siteId && a.StartsAt >= range.UtcStart && a.StartsAt < range.UtcEnd))
            .ToListAsync(ct);
        db.ConsultationFacts.AddRange(ConsultationRow.Facts(
            rows.Where(r => range.Contains(r.Month) && !leavingOut.Contains(r.Id)), clock.GetUtcNow(), archived: false));
    }
}
