using Quartz;

namespace Lebenswelten.Core.Offerings;

/// <summary>Releases lapsed guest registrations and offers, moves waiting lists up, and finishes ended offerings.</summary>
[DisallowConcurrentExecution]
public sealed class RegistrationExpiryJob(RegistrationExpiry expiry, OfferingLifecycle lifecycle) : IJob
{
    public const string Key = "offerings-registration-expiry";

    public async Task Execute(IJobExecutionContext context)
    {
        await expiry.ReleaseExpiredAsync(context.CancellationToken);
        await lifecycle.FinishEndedAsync(context.CancellationToken);
    }
}
