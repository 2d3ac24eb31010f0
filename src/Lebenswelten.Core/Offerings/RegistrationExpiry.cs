namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Releases places held by guests who never clicked their confirmation link (24 h) and by offers not
/// accepted in time, and moves the waiting list up. Run by a background job; one transaction per offering.
/// </summary>
public sealed class RegistrationExpiry(LebensweltenDbContext db, OfferingMails mails, TimeProvider clock)
{
    public async Task<int> ReleaseExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offeringIds = await Expired(db.Registrations, now).Select(r => r.OfferingId).Distinct().ToListAsync(ct);
        var released = 0;
        foreach (var offeringId in offeringIds)
        {
            await using var transaction = await OfferingLock.BeginAsync(db, ct);
            var offering = (await OfferingLock.LockAsync(db, offeringId, ct))!;
            // Read again under the lock: the person may have confirmed a moment ago.
            var expired = await Expired(db.Registrations.Where(r => r.OfferingId == offeringId), now).ToListAsync(ct);
            foreach (var registration in expired)
            {
                offering.Release(registration, RegistrationStatus.Expired, now);
            }
            await new WaitingList(db, mails).FillFreePlacesAsync(offering, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            released += expired.Count;
        }
        return released;
    }

    private static IQueryable<Registration> Expired(IQueryable<Registration> registrations, DateTimeOffset now) =>
        registrations.Where(r =>
            ((r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted
                || r.Status == RegistrationStatus.Offered)
                && r.UserId == null && r.EmailConfirmedAt == null && r.ConfirmationDueAt < now)
            || (r.Status == RegistrationStatus.Offered && r.OfferExpiresAt < now));
}
