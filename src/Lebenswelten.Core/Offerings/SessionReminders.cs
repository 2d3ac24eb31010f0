namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Reminds everyone confirmed about a session starting within the next 24 hours, once per session:
/// the reminder mails and the session's mark are written in one transaction.
/// </summary>
public sealed class SessionReminders(LebensweltenDbContext db, OfferingMails mails, TimeProvider clock)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var horizon = now + Ahead;
        var sessions = await db.OfferingSessions
            .Where(s => s.ReminderSentAt == null && s.StartsAt > now && s.StartsAt <= horizon)
            .Join(db.Offerings.Where(o => o.Status == OfferingStatus.Published), s => s.OfferingId, o => o.Id, (s, o) => s)
            .OrderBy(s => s.StartsAt).Select(s => s.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var sessionId in sessions)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Claim the session first: another node doing the same waits for this row and then finds it taken.
            var claimed = await db.OfferingSessions.Where(s => s.Id == sessionId && s.ReminderSentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ReminderSentAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }
            var session = await db.OfferingSessions.SingleAsync(s => s.Id == sessionId, ct);
            var offering = await db.Offerings.Include(o => o.Organisation).Include(o => o.Sessions)
                .SingleAsync(o => o.Id == session.OfferingId, ct);
            var participants = await db.Registrations
                .Where(r => r.OfferingId == offering.Id && r.Status == RegistrationStatus.Confirmed && r.Email != null)
                .ToListAsync(ct);
            foreach (var registration in participants)
            {
                mails.Reminder(offering, session, registration, now);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent += participants.Count;
        }
        return sent;
    }
}
