namespace Lebenswelten.Core.Offerings;

/// <summary>Marks published offerings whose last session has ended as finished, so lists and reports can tell.</summary>
public sealed class OfferingLifecycle(LebensweltenDbContext db, TimeProvider clock)
{
    public async Task<int> FinishEndedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Offerings
            .Where(o => o.Status == OfferingStatus.Published && o.LastSessionEnd != null && o.LastSessionEnd < now)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OfferingStatus.Finished).SetProperty(o => o.UpdatedAt, now), ct);
    }
}
