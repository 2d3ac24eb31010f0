using Lebenswelten.Core.Messaging;
using Microsoft.Extensions.Configuration;
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

[DisallowConcurrentExecution]
public sealed class SessionReminderJob(SessionReminders reminders) : IJob
{
    public const string Key = "offerings-session-reminders";

    public Task Execute(IJobExecutionContext context) => reminders.SendDueAsync(context.CancellationToken);
}

public static class OfferingJobs
{
    public static void Add(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration)
    {
        QuartzJobs.AddIntervalJob<RegistrationExpiryJob>(quartz, RegistrationExpiryJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Offerings:ExpiryIntervalSeconds", 60)));
        QuartzJobs.AddIntervalJob<SessionReminderJob>(quartz, SessionReminderJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Offerings:ReminderIntervalSeconds", 300)));
    }
}
