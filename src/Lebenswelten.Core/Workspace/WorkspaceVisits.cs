namespace Lebenswelten.Core.Workspace;

/// <summary>Records a visit to the start page and answers "since when is something new" for that person.</summary>
public sealed class WorkspaceVisits(LebensweltenDbContext db, TimeProvider clock)
{
    /// <summary>A pause this long starts a new working session (and moves "since your last visit" on).</summary>
    public static readonly TimeSpan SessionGap = TimeSpan.FromHours(2);

    /// <summary>
    /// Notes the visit and returns when the person last looked in their previous session, or null in their first session
    /// (then nothing counts as new, which is honest: we do not know what they saw).
    /// </summary>
    public async Task<DateTimeOffset?> VisitAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var visit = await db.WorkspaceVisits.FirstOrDefaultAsync(v => v.UserId == userId, ct);
        if (visit is null)
        {
            db.WorkspaceVisits.Add(new WorkspaceVisit { UserId = userId, LastVisitAt = now });
            await SaveAsync(ct);
            return null;
        }
        if (now - visit.LastVisitAt >= SessionGap)
        {
            visit.PreviousVisitAt = visit.LastVisitAt;
        }
        visit.LastVisitAt = now;
        await SaveAsync(ct);
        return visit.PreviousVisitAt;
    }

    /// <summary>When the person last looked in their previous session, without noting a visit.</summary>
    public Task<DateTimeOffset?> PreviousAsync(string userId, CancellationToken ct) =>
        db.WorkspaceVisits.AsNoTracking().Where(v => v.UserId == userId).Select(v => v.PreviousVisitAt).FirstOrDefaultAsync(ct);

    /// <summary>Two tabs opening the page at once for a first visit: the second insert loses, which changes nothing.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
