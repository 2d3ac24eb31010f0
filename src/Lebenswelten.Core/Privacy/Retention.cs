using Lebenswelten.Core.Offerings;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Privacy;

public sealed record RetentionResult(int RegistrationsAnonymised, int GuestRegistrationsDeleted, int AuditEntriesDeleted, int MailsDeleted,
    int TelemedicineAppointmentsDeleted);

/// <summary>
/// Enforces the retention periods (GDPR Art. 5(1)(e)). Each rule is one transaction; the job runs them again
/// on its next turn, so a rule that fails once loses nothing.
/// </summary>
public sealed class Retention(LebensweltenDbContext db, IOptions<RetentionOptions> options, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<RetentionResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var periods = options.Value;
        var anonymised = await AnonymiseOldRegistrationsAsync(now - TimeSpan.FromDays(periods.RegistrationDays), now, ct);
        var guests = await DeleteLapsedGuestsAsync(now - TimeSpan.FromDays(periods.UnconfirmedGuestDays), ct);
        var audit = await DeleteOldAuditAsync(now - TimeSpan.FromDays(periods.AuditDays), ct);
        var appointments = await Telemedicine.TelemedicineRetention.DeleteEndedAsync(db, now - TimeSpan.FromDays(periods.TelemedicineDays), ct);
        var mails = await DeleteOldMailsAsync(now - TimeSpan.FromDays(periods.SentMailDays), ct);
        return new RetentionResult(anonymised, guests, audit, mails, appointments);
    }

    private async Task<int> AnonymiseOldRegistrationsAsync(DateTimeOffset endedBefore, DateTimeOffset now, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await db.Registrations.Where(r => r.AnonymisedAt == null
                    && r.Offering!.LastSessionEnd != null && r.Offering.LastSessionEnd < endedBefore)
                .OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            if (due.Count == 0)
            {
                return total;
            }
            await Anonymiser.AnonymiseAsync(db, due, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            total += due.Count;
        }
    }

    /// <summary>Guests who never confirmed or let an offer lapse never came: nothing to count, so they go entirely.</summary>
    private async Task<int> DeleteLapsedGuestsAsync(DateTimeOffset lapsedBefore, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var lapsed = db.Registrations.Where(r => r.UserId == null && r.Status == RegistrationStatus.Expired
            && r.CancelledAt < lapsedBefore);
        await db.Consents.Where(c => lapsed.Any(r => r.Id == c.RegistrationId)).ExecuteDeleteAsync(ct);
        var deleted = await lapsed.ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    /// <summary>
    /// A sent mail holds a name, an address, the offering and a personal link; once delivered the outbox only needs it
    /// for a while (resends, questions). Mails the sender gave up on go after the same period from when they were written.
    /// </summary>
    private Task<int> DeleteOldMailsAsync(DateTimeOffset before, CancellationToken ct) =>
        db.OutboxMessages.Where(m => m.SentAt < before
                || (m.SentAt == null && m.Attempts >= Messaging.OutboxSender.MaxAttempts && m.CreatedAt < before))
            .ExecuteDeleteAsync(ct);

    private async Task<int> DeleteOldAuditAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // The database refuses audit deletes unless this transaction says it is the retention job.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lebenswelten.audit_retention = 'on'", ct);
        }
        var deleted = await db.AuditEntries.Where(e => e.At < before).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }
}
