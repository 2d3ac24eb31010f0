using Quartz;

namespace Lebenswelten.Core.Messaging;

/// <summary>The one way a capability schedules its background job (outbox, reminders, expiry).</summary>
public static class QuartzJobs
{
    public static IServiceCollectionQuartzConfigurator AddIntervalJob<TJob>(
        IServiceCollectionQuartzConfigurator quartz, string key, TimeSpan interval) where TJob : IJob
    {
        quartz.AddJob<TJob>(job => job.WithIdentity(key));
        quartz.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(key + "-trigger")
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()));
        return quartz;
    }
}
