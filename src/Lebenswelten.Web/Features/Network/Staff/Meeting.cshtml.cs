using Lebenswelten.Core.Network;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// One meeting for its network's members: agenda, invitations and attendance, minutes, decisions, tasks, documents.
/// Coordinators invite, record who came, write the minutes and give tasks; reading the page is audited (it names people).
/// </summary>
[DocumentUpload]
public sealed class MeetingModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, Meetings meetings,
    MeetingInvitations invitations, ActionItems tasks, ContactPersons contacts,
        NetworkDocuments documents) : NetworkStaffPage(services, text)
{
    public MeetingView View { get; private set; } = null!;
    public IReadOnlyList<ContactPerson> Owners { get; private set; } = [];
    public string MinutesHtml => SafeMarkdown.ToHtml(View.Meeting.Minutes);
    public bool IsHeld => View.Meeting.StartsAt <= Clock.GetUtcNow();
    public IReadOnlyList<TaskView> TaskRows => [.. View.Tasks.Select(t => new TaskView(t, View.Context.Network.Name, View.Meeting.Title,
        t.IsOverdue(Today)))];

    [BindProperty]
    public string? Minutes { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public TaskInput Task { get; set; } = new();

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string site, Guid meeting, CancellationToken ct) => ShowAsync(site, meeting, ct);

    public Task<IActionResult> OnPostInviteAsync(string site, Guid meeting, CancellationToken ct) =>
        ActAsync(site, meeting, "", ct, async () => (await invitations.SendAsync(meeting, Actor, ct)).Problem, "Meeting.Invited");

    public Task<IActionResult> OnPostAttendanceAsync(string site, Guid meeting, List<Guid> present, CancellationToken ct) =>
        ActAsync(site, meeting, "", ct, async () => (await meetings.RecordAttendanceAsync(meeting, present, Actor, ct)).Problem,
            "Meeting.AttendanceSaved");

    public Task<IActionResult> OnPostMinutesAsync(string site, Guid meeting, CancellationToken ct) =>
        ActAsync(site, meeting, "", ct, async () => (await meetings.SaveMinutesAsync(meeting, Minutes, Actor, ct)).Problem,
            "Meeting.MinutesSaved");

    public Task<IActionResult> OnPostDecisionAsync(string site, Guid meeting, CancellationToken ct) =>
        ActAsync(site, meeting, "", ct, async () => (await meetings.AddDecisionAsync(meeting, Decision, Actor, ct)).Problem,
            "Meeting.DecisionAdded");

    public Task<IActionResult> OnPostTaskAsync(string site, Guid meeting, CancellationToken ct) =>
        ActAsync(site, meeting, "Task", ct, async () => (await tasks.AddAsync(meeting, Task.Draft(), Actor, ct)).Problem,
            "Meeting.TaskAdded");

    public Task<IActionResult> OnPostCompleteAsync(string site, Guid meeting, Guid task, CancellationToken ct) =>
        ActAsync(site, meeting, "", ct, async () => (await tasks.CompleteAsync(task, Actor, ct)).Problem, "Task.Completed");

    public Task<IActionResult> OnPostUploadAsync(string site, Guid meeting, CancellationToken ct) =>
        ActAsync(site, meeting, "Upload", ct, async () => (await documents.UploadAsync(new DocumentOwner(DocumentOwnerKind.Meeting,
            meeting),
            await Upload.ToUploadAsync(ct), Actor, ct)).Problem, "Network.Document.Uploaded");

    private Task<IActionResult> ActAsync(string site, Guid meeting, string prefix, CancellationToken ct, Func<Task<DomainProblem?>> act,
        string done) =>
        ActOnRecordAsync(async () => (await meetings.MemberAsync(meeting, UserId, ct)) is { Problem: null } found
            && await LoadSiteAsync(site, ct) && found.Value.Item1.SiteId == Site.Id,
            prefix, act, () => ShowAsync(site, meeting, ct), done, new { site, meeting });

    private async Task<IActionResult> ShowAsync(string site, Guid meeting, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await meetings.FindAsync(meeting, Actor, ct)).Value is not { } view
            || view.Meeting.SiteId != Site.Id)
        {
            return NotFound();
        }
        View = view;
        Minutes ??= view.Meeting.Minutes;
        if (view.Context.CanManage)
        {
            Owners = (await contacts.OfNetworkAsync(view.Meeting.NetworkId, Actor, ct)).Value ?? [];
        }
        return Page();
    }
}
