using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Logging;

namespace Lebenswelten.Core.Tests.Messaging;

public sealed class OutboxJobTests
{
    [Theory, BothProviders]
    public async Task The_scheduler_runs_the_outbox_job_every_ten_seconds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var sink = await SmtpSink.StartAsync();
        var clock = new ManualClock();
        await using var services = CoreServices.WithMessaging(database, clock,
            smtp => (smtp.Host, smtp.Port) = (sink.Host, sink.Port));
        await using (var db = database.CreateContext())
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                To = "dora@example.org", Subject = "Erinnerung", TextBody = "Morgen geht es los.", Template = "test",
                CreatedAt = clock.GetUtcNow(), NextAttemptAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        // Quartz logs through one process-wide provider, which would still point at the previous test's disposed
        // container while the scheduler is being built.
        LogContext.SetCurrentLogProvider(services.GetRequiredService<ILoggerFactory>());
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey(OutboxJob.Key + "-trigger")));
        Assert.Equal(TimeSpan.FromSeconds(10), trigger.RepeatInterval);
        await scheduler.Start();
        try
        {
            Assert.Single(await sink.WaitForAsync(m => m.Subject == "Erinnerung"));
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }
}
