using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Workspace;

/// <summary>
/// What each role at a site has to look at, asked of the capability that owns it. Insurer, jobcenter and evaluator
/// get their entry points from the web layer; here only what comes with figures.
/// </summary>
public sealed class RoleWorklists(OfferingWorklist offerings, PracticeDesk practices, TelemedicineAccess telemedicine,
    InvitationDesk invitations, NeedsAttention needs, ActionItems tasks, MeetingAgenda meetings, ApplicationDesk applications)
{
    /// <summary>How far ahead the practice looks (today and the next six days) and meetings are listed.</summary>
    public const int DaysAhead = 7;

    /// <summary>A cancellation the practice should know of (a rebooking or an unverified guest's hold is none).</summary>
    private static readonly AppointmentStatus[] Cancelled =
    [
        AppointmentStatus.CancelledByResident, AppointmentStatus.CancelledByPractice, AppointmentStatus.CancelledByRoomClosure,
        AppointmentStatus.CancelledByPracticeClosure,
    ];

    /// <summary>Applications no longer open: they need nobody's attention.</summary>
    private static readonly ApplicationStatus[] Ended = [ApplicationStatus.Rejected, ApplicationStatus.Closed];

    /// <summary>What waits for the funder (the insurer officer's side of the workflow).</summary>
    private static readonly ApplicationStatus[] WithFunder =
        [ApplicationStatus.IdeaSubmitted, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.FinalReportSubmitted];

    public async Task<IReadOnlyList<WorkItem>> ForAsync(SiteRole role, Guid siteId, AuditActor actor, DateTimeOffset? since,
        DateTimeOffset now, CancellationToken ct) => role switch
    {
        SiteRole.Provider => await ProviderAsync(siteId, actor.UserId!, since, now, ct),
        SiteRole.Practice => await PracticeAsync(siteId, actor, since, now, ct),
        SiteRole.Coordinator => await CoordinatorAsync(siteId, actor.UserId!, now, ct),
        SiteRole.InsurerOfficer => await ApplicationsAsync(siteId, actor.UserId!, WithFunder, ct),
        _ => [],
    };

    private async Task<List<WorkItem>> ProviderAsync(Guid siteId, string userId, DateTimeOffset? since, DateTimeOffset now,
        CancellationToken ct)
    {
        var today = BerlinTime.LocalDate(now);
        var from = BerlinTime.ToUtc(today, TimeOnly.MinValue);
        var to = BerlinTime.ToUtc(today.AddDays(2), TimeOnly.MinValue);
        var items = (await offerings.SessionsAsync(userId, siteId, from, to, ct))
            .Select(s => new WorkItem(WorkItemKind.Session, s.OfferingTitle, s.OfferingId, s.StartsAt, Count: s.Recorded,
                Of: s.Participants, Key: s.SessionId.ToString())).ToList();
        items.AddRange((await offerings.NewsAsync(userId, siteId, since, ct))
            .Select(n => new WorkItem(WorkItemKind.OfferingNews, n.Title, n.OfferingId, Count: n.NewRegistrations, Of: n.Waiting)));
        items.AddRange(await DraftsAsync(siteId, userId, ct));
        return items;
    }

    private async Task<IEnumerable<WorkItem>> DraftsAsync(Guid siteId, string userId, CancellationToken ct) =>
        (await offerings.DraftsAsync(userId, siteId, ct)).Select(d => new WorkItem(WorkItemKind.OfferingDraft, d.Title, d.OfferingId, d.UpdatedAt));

    /// <summary>Names of patients: the practice desk checks the person works for the practice and audits every name shown.</summary>
    private async Task<List<WorkItem>> PracticeAsync(Guid siteId, AuditActor actor, DateTimeOffset? since, DateTimeOffset now,
        CancellationToken ct)
    {
        var today = BerlinTime.LocalDate(now);
        var items = new List<WorkItem>();
        var cancelled = new List<WorkItem>();
        foreach (var practice in await telemedicine.PracticesOfAsync(actor.UserId!, siteId, ct))
        {
            var found = await practices.AppointmentsAsync(practice, today, today.AddDays(DaysAhead - 1), actor, ct);
            foreach (var appointment in found.Value ?? [])
            {
                var practiceName = appointment.Schedule?.Practice?.Name;
                if (appointment.IsBooked && appointment.EndsAt > now)
                {
                    items.Add(new WorkItem(WorkItemKind.Appointment, appointment.Name, appointment.Id, appointment.StartsAt, practiceName));
                }
                else if (Cancelled.Contains(appointment.Status) && since is not null && appointment.CancelledAt > since)
                {
                    cancelled.Add(new WorkItem(WorkItemKind.CancelledAppointment, appointment.Name, appointment.Id, appointment.StartsAt,
                        practiceName, Key: appointment.Status.ToString()));
                }
            }
        }
        return [.. items.OrderBy(i => i.At), .. cancelled.OrderBy(i => i.At)];
    }

    private async Task<List<WorkItem>> CoordinatorAsync(Guid siteId, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var items = new List<WorkItem>();
        if (await invitations.OpenCountAsync(siteId, ct) is > 0 and var open)
        {
            items.Add(new WorkItem(WorkItemKind.OpenInvitations, "", Count: open));
        }
        items.AddRange(await DraftsAsync(siteId, userId, ct));
        var served = await offerings.DistrictsServedAsync(siteId, ct);
        items.AddRange((await needs.HighNeedDistrictsAsync(siteId, ct)).Where(d => !served.Contains(d.DistrictId))
            .Select(d => new WorkItem(WorkItemKind.DistrictWithoutOffering, d.Name, d.DistrictId, Count: d.Rank, Key: d.Key)));
        var overdue = await tasks.OpenAsync(siteId, userId, overdueOnly: true, ct);
        items.AddRange((overdue.Value ?? []).Select(t => new WorkItem(WorkItemKind.OverdueTask, t.Task.Title, t.Task.Id,
            Detail: t.NetworkName, Key: t.Task.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        items.AddRange((await needs.StaleIndicatorsAsync(siteId, ct))
            .Select(i => new WorkItem(WorkItemKind.StaleIndicator, i.Name, i.IndicatorId, Count: i.LatestYear)));
        items.AddRange((await meetings.UpcomingAsync(siteId, userId, now, now.AddDays(DaysAhead), ct))
            .Select(m => new WorkItem(WorkItemKind.Meeting, m.Title, m.MeetingId, m.StartsAt, m.NetworkName)));
        items.AddRange(await ApplicationsAsync(siteId, userId, null, ct));
        return items;
    }

    /// <summary>The site's open applications the person may see; <paramref name="states"/> narrows them (null: all not ended).</summary>
    private async Task<List<WorkItem>> ApplicationsAsync(Guid siteId, string userId, ApplicationStatus[]? states, CancellationToken ct)
    {
        var found = await applications.ListAsync(siteId, userId, 1, 100, ct);
        return (found.Value.Items ?? []).Where(a => states?.Contains(a.Status) ?? !Ended.Contains(a.Status))
            .Select(a => new WorkItem(WorkItemKind.FundingApplication, a.Title, a.Id, Detail: a.Status.ToString(), Count: a.Year)).ToList();
    }
}
