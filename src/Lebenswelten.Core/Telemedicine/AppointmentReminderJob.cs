using Quartz;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>Sends the due reminders (<see cref="AppointmentReminders"/>), one node at a time.</summary>
[DisallowConcurrentExecution]
public sealed class AppointmentReminderJob(AppointmentReminders reminders) : IJob
{
    public const string Key = "telemedicine-reminders";

    public Task Execute(IJobExecutionContext context) => reminders.SendDueAsync(context.CancellationToken);
}
