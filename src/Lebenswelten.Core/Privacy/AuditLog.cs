namespace Lebenswelten.Core.Privacy;

/// <summary>Writes audit lines into the caller's unit of work, so a read or change and its audit commit together.</summary>
public sealed class AuditLog(LebensweltenDbContext db, TimeProvider clock)
{
    public void Record(AuditActor actor, AuditAction action, string dataKind, string? recordId,
        Guid? siteId = null, string? subjectUserId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorUserId = actor.UserId,
            RemoteAddress = actor.RemoteAddress,
            Action = action,
            DataKind = dataKind,
            RecordId = recordId,
            SiteId = siteId,
            SubjectUserId = subjectUserId,
        });

    /// <summary>For reads: writes the line at once, since a read has no other change to commit with.</summary>
    public async Task RecordReadAsync(AuditActor actor, string dataKind, string? recordId, Guid? siteId,
        CancellationToken ct, IEnumerable<string?>? subjects = null)
    {
        var distinct = subjects?.Where(s => s is not null).Distinct().ToList() ?? [];
        if (distinct.Count == 0)
        {
            Record(actor, AuditAction.Read, dataKind, recordId, siteId);
        }
        foreach (var subject in distinct)
        {
            Record(actor, AuditAction.Read, dataKind, recordId, siteId, subject);
        }
        await db.SaveChangesAsync(ct);
    }
}
