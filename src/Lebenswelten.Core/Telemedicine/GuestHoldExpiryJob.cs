using Quartz;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>Runs <see cref="GuestHolds"/> every minute (Telemedicine:HoldExpiryIntervalSeconds), one node at a time.</summary>
[DisallowConcurrentExecution]
public sealed class GuestHoldExpiryJob(LebensweltenDbContext db, TimeProvider clock) : IJob
{
    public const string Key = "telemedicine-guest-holds";

    public Task Execute(IJobExecutionContext context) => ReleaseAsync(context.CancellationToken);

    public Task<int> ReleaseAsync(CancellationToken ct) => GuestHolds.ReleaseLapsedAsync(db, clock.GetUtcNow(), ct);
}
