using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Workspace;

/// <summary>What the start page keeps about a person: when they last opened it.</summary>
public sealed record WorkspacePersonalDataSection(DateTimeOffset LastVisitAt, DateTimeOffset? PreviousVisitAt)
    : PersonalDataSection("Workspace");

/// <summary>
/// The start page's part in a person's rights: the visit times are exported and erased with the account; they serve
/// nothing once the person has not logged in for a year, so retention deletes them then (GDPR Art. 5(1)(e)).
/// </summary>
public sealed class WorkspacePersonalData(LebensweltenDbContext db) : IPersonalDataParticipant
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(365);

    public string Capability => "Workspace";

    public async Task<PersonalDataSection?> ExportAsync(string userId, CancellationToken ct) =>
        await db.WorkspaceVisits.AsNoTracking().Where(v => v.UserId == userId)
            .Select(v => new WorkspacePersonalDataSection(v.LastVisitAt, v.PreviousVisitAt)).FirstOrDefaultAsync(ct);

    public Task<int> EraseAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        db.WorkspaceVisits.Where(v => v.UserId == userId).ExecuteDeleteAsync(ct);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now - Retention;
        return db.WorkspaceVisits.Where(v => v.LastVisitAt < before).ExecuteDeleteAsync(ct);
    }
}
