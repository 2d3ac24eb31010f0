using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lebenswelten.Core.Projects;

public sealed class DeadlineOptions
{
    public const string Section = "Projects:Deadlines";

    /// <summary>How many days before a deadline the site's coordinators are reminded.</summary>
    public int DaysAhead { get; set; } = 7;
    public int IntervalMinutes { get; set; } = 60;
}

[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(DeadlineReminders reminders) : IJob
{
    public const string Key = "projects-deadlines";

    public Task Execute(IJobExecutionContext context) => reminders.SendDueAsync(context.CancellationToken);
}

/// <summary>
/// Reminds the site's coordinators of an application's next deadline (the full application after an invitation, the
/// final report after an approval), once per deadline: the application is claimed (RemindedFor set to the deadline)
/// in the same transaction that writes the mails, so several nodes running the job never remind twice.
/// </summary>
public sealed class DeadlineReminders(LebensweltenDbContext db, TimeProvider clock, IOptions<DeadlineOptions> options)
{
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = BerlinTime.LocalDate(now);
        var horizon = today.AddDays(options.Value.DaysAhead);
        var due = await db.FundingApplications.AsNoTracking()
            .Where(a => (a.Status == ApplicationStatus.InvitedToFullApplication && a.FullApplicationDueOn >= today && a.FullApplicationDueOn <= horizon
                    && (a.RemindedFor == null || a.RemindedFor != a.FullApplicationDueOn))
                || ((a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.InProgress) && a.FinalReportDueOn >= today
                    && a.FinalReportDueOn <= horizon && (a.RemindedFor == null || a.RemindedFor != a.FinalReportDueOn)))
            .Select(a => a.Id).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var application = await db.FundingApplications.AsNoTracking().SingleAsync(a => a.Id == id, ct);
            if (application.NextDeadline is not { } deadline
                || await db.FundingApplications.Where(a => a.Id == id && (a.RemindedFor == null || a.RemindedFor != deadline))
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.RemindedFor, deadline), ct) == 0)
            {
                continue;
            }
            await WriteMailsAsync(application, deadline, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent++;
        }
        return sent;
    }

    private async Task WriteMailsAsync(FundingApplication application, DateOnly deadline, DateTimeOffset now, CancellationToken ct)
    {
        var project = await db.Projects.Where(p => p.Id == application.ProjectId).Select(p => p.Title).SingleAsync(ct);
        var source = await db.FundingSources.Where(s => s.Id == application.FundingSourceId).Select(s => s.Name).SingleAsync(ct);
        var coordinators = await db.SiteRoleAssignments.Where(r => r.SiteId == application.SiteId && r.Role == SiteRole.Coordinator)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { u.Email, u.DisplayName }).Where(u => u.Email != null).Distinct().ToListAsync(ct);
        var fullApplication = application.Status == ApplicationStatus.InvitedToFullApplication;
        foreach (var coordinator in coordinators)
        {
            db.OutboxMessages.Add(MailTemplates.Compose("project-deadline", "de", coordinator.Email!, coordinator.DisplayName, new Dictionary<string, string>
            {
                ["Application"] = application.Title, ["Project"] = project, ["Source"] = source,
                ["DueOn"] = deadline.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
                ["What"] = fullApplication ? "Vollantrag einreichen" : "Abschlussbericht einreichen",
            }, now));
        }
    }
}
