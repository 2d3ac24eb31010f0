using Lebenswelten.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Lebenswelten.Core.Offerings;

/// <summary>Releases lapsed guest registrations and offers, and moves waiting lists up.</summary>
[DisallowConcurrentExecution]
public sealed class RegistrationExpiryJob(RegistrationExpiry expiry) : IJob
{
    public const string Key = "offerings-registration-expiry";

    public Task Execute(IJobExecutionContext context) => expiry.ReleaseExpiredAsync(context.CancellationToken);
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
