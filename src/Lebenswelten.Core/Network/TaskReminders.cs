using Quartz;

namespace Lebenswelten.Core.Network;

/// <summary>
/// Reminds the owner of each overdue task by mail, then again a week later while it stays open. The mark and the mail
/// are written in one transaction, claimed first, so that two nodes running the job never send one reminder twice.
/// </summary>
public sealed class TaskReminders(LebensweltenDbContext db, NetworkMails mails, TimeProvider clock)
{
    public static readonly TimeSpan Again = TimeSpan.FromDays(7);

    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = BerlinTime.LocalDate(now);
        var before = now - Again;
        var due = await db.ActionItems
            .Where(t => t.CompletedAt == null && t.DueOn < today && (t.LastRemindedAt == null || t.LastRemindedAt <= before)
                && t.OwnerContact != null && t.OwnerContact.Email != null)
            .OrderBy(t => t.DueOn).Select(t => t.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.ActionItems.Where(t => t.Id == id && t.CompletedAt == null && (t.LastRemindedAt == null
                || t.LastRemindedAt <= before))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastRemindedAt, now), ct);
            if (claimed == 0)
            {
                continue;
            }
            var task = await db.ActionItems.AsNoTracking().Include(t => t.OwnerContact).SingleAsync(t => t.Id == id, ct);
            var network = await db.HealthNetworks.AsNoTracking().SingleAsync(n => n.Id == task.NetworkId, ct);
            var site = await db.Sites.Where(s => s.Id == task.SiteId).Select(s => s.Slug).SingleAsync(ct);
            mails.TaskOverdue(task, network, site, task.OwnerContact!, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            sent++;
        }
        return sent;
    }
}

[DisallowConcurrentExecution]
public sealed class TaskReminderJob(TaskReminders reminders) : IJob
{
    public const string Key = "network-task-reminders";

    public Task Execute(IJobExecutionContext context) => reminders.SendDueAsync(context.CancellationToken);
}
