using Lebenswelten.Core.Data;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Documents;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Network.Staff;

/// <summary>
/// One network: members and working groups for the site's staff; for its members also meetings and documents; for
/// coordinators the forms to add members and meetings and the open call's requests (reading those is audited).
/// </summary>
[DocumentUpload]
public sealed class NetworkModel(BackOfficeServices services, IStringLocalizer<NetworkResource> text, Networks networks, OpenCall openCall,
    WorkingGroups workingGroups, Meetings meetings, NetworkDocuments documents, LebensweltenDbContext db) : NetworkStaffPage(services, text)
{
    public NetworkView View { get; private set; } = null!;
    public IReadOnlyList<MembershipApplication> Applications { get; private set; } = [];
    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];
    public IReadOnlyList<NetworkDocument> Documents { get; private set; } = [];
    public IReadOnlyList<Organisation> Candidates { get; private set; } = [];

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    [BindProperty]
    public WorkingGroupInput WorkingGroup { get; set; } = new();

    [BindProperty]
    public MeetingInput Meeting { get; set; } = new();

    [BindProperty]
    public UploadInput Upload { get; set; } = new();

    public Task<IActionResult> OnGetAsync(string site, Guid network, CancellationToken ct) => ShowAsync(site, network, ct);

    public Task<IActionResult> OnPostMemberAsync(string site, Guid network, CancellationToken ct) =>
        ActAsync(site, network, "Member", ct, async () => (await networks.AddMemberAsync(network, Member.Draft(), Actor, ct)).Problem,
            "Network.Member.Added");

    public Task<IActionResult> OnPostWorkingGroupAsync(string site, Guid network, CancellationToken ct) =>
        ActAsync(site, network, "WorkingGroup", ct, async () => (await workingGroups.CreateAsync(network, WorkingGroup.Draft(), Actor,
            ct)).Problem, "Network.WorkingGroup.Created");

    public Task<IActionResult> OnPostMeetingAsync(string site, Guid network, CancellationToken ct) =>
        ActAsync(site, network, "Meeting", ct, async () => (await meetings.CreateAsync(network, Meeting.Draft(), Actor, ct)).Problem,
            "Network.Meeting.Created");

    public Task<IActionResult> OnPostUploadAsync(string site, Guid network, CancellationToken ct) =>
        ActAsync(site, network, "Upload", ct, async () => (await documents.UploadAsync(new DocumentOwner(DocumentOwnerKind.Network,
            network),
            await Upload.ToUploadAsync(ct), Actor, ct)).Problem, "Network.Document.Uploaded");

    public Task<IActionResult> OnPostAcceptAsync(string site, Guid network, Guid application, NetworkRole? role, CancellationToken ct) =>
        ActAsync(site, network, "Decision", ct, async () => (await openCall.AcceptAsync(application,
            new AcceptDraft(role ?? NetworkRole.Member),
            Actor, ct)).Problem, "Network.Application.Accepted");

    public Task<IActionResult> OnPostDeclineAsync(string site, Guid network, Guid application, CancellationToken ct) =>
        ActAsync(site, network, "Decision", ct, async () => (await openCall.DeclineAsync(application, Actor, ct)).Problem,
            "Network.Application.Declined");

    /// <summary>One action of the page: on success the page again with the message, else the page with the errors.</summary>
    private Task<IActionResult> ActAsync(string site, Guid network, string prefix, CancellationToken ct, Func<Task<DomainProblem?>> act,
        string done) =>
        ActOnRecordAsync(async () => await LoadSiteAsync(site, ct) && (await networks.FindAsync(network, UserId, ct)).Value is { } view
            && view.Network.SiteId == Site.Id,
            prefix, act, () => ShowAsync(site, network, ct), done, new { site, network });

    private async Task<IActionResult> ShowAsync(string site, Guid network, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || (await networks.FindAsync(network, UserId, ct)).Value is not { } view
            || view.Network.SiteId != Site.Id)
        {
            return NotFound();
        }
        View = view;
        if (view.Context.IsMember)
        {
            Meetings = (await meetings.ListAsync(network, UserId, ct)).Value ?? [];
            Documents = (await documents.ListAsync(network, UserId, ct)).Value ?? [];
        }
        if (view.Context.CanManage)
        {
            Applications = (await openCall.ListAsync(network, Actor, ct)).Value ?? [];
            var members = view.Members.Select(m => m.OrganisationId).ToList();
            Candidates = await db.Organisations.AsNoTracking().Where(o => o.SiteId == Site.Id && !members.Contains(o.Id))
                .OrderBy(o => o.Name).ToListAsync(ct);
        }
        return Page();
    }
}
