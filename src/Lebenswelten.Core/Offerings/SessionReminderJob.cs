using Quartz;

namespace Lebenswelten.Core.Offerings;

/// <summary>Sends the reminder mails of the sessions starting soon.</summary>
[DisallowConcurrentExecution]
public sealed class SessionReminderJob(SessionReminders reminders) : IJob
{
    public const string Key = "offerings-session-reminders";

    public Task Execute(IJobExecutionContext context) => reminders.SendDueAsync(context.CancellationToken);
}
