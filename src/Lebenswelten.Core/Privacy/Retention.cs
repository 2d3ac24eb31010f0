using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Enforces the retention periods (GDPR Art. 5(1)(e)): each capability purges its own records
/// (<see cref="IPersonalDataParticipant.PurgeExpiredAsync"/>), Privacy the audit log and the sent mails. Each part is one
/// transaction; the job runs them again on its next turn, so a part that fails once loses nothing.
/// </summary>
public sealed class Retention(LebensweltenDbContext db, IEnumerable<IPersonalDataParticipant> participants,
    IOptions<RetentionOptions> options, TimeProvider clock)
{
    public async Task<RetentionResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var periods = options.Value;
        var purged = new Dictionary<string, int>();
        foreach (var participant in participants)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var count = await participant.PurgeExpiredAsync(now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            purged[participant.Capability] = purged.GetValueOrDefault(participant.Capability) + count;
        }
        var audit = await DeleteOldAuditAsync(now - TimeSpan.FromDays(periods.AuditDays), ct);
        var mails = await DeleteOldMailsAsync(now - TimeSpan.FromDays(periods.SentMailDays), ct);
        return new RetentionResult(purged, audit, mails);
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
