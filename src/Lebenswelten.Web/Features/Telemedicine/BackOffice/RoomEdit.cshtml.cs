using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>Changes a room (bookings made keep their time) and closes days, which cancels and mails the bookings on them.</summary>
public sealed class RoomEditModel(RoomEditor editor, DayClosures closures, BackOfficeServices services, TelemedicineAccess access,
    IStringLocalizer<TelemedicineResource> text) : RoomFormPage(services, access, text)
{
    public override bool IsNew => false;

    public TelemedicineRoom Room { get; private set; } = null!;
    public IReadOnlyList<TelemedicineClosure> Closures { get; private set; } = [];

    [BindProperty]
    public ClosureInput Closure { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, Guid room, CancellationToken ct)
    {
        if (!await LoadAsync(site, room, ct))
        {
            return NotFound();
        }
        Input = RoomForm.From(Room);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid room, CancellationToken ct)
    {
        if (!await LoadAsync(site, room, ct))
        {
            return NotFound();
        }
        return await SubmitAsync(Draft(), draft => editor.UpdateAsync(room, draft, HttpContext.AuditActor(), ct), () => ShowAsync(ct),
            saved => (Text["Telemedicine.Room.Saved", saved.Name], Url.Page("RoomEdit", new { site = Site.Slug, room })!));
    }

    public async Task<IActionResult> OnPostCloseAsync(string site, Guid room, bool confirmed, CancellationToken ct)
    {
        if (!await LoadAsync(site, room, ct))
        {
            return NotFound();
        }
        return await CloseDaysAsync(Closure, confirmed,
            draft => closures.AffectedByRoomClosureAsync(room, draft, HttpContext.AuditActor(), ct),
            draft => closures.CloseRoomAsync(room, draft, HttpContext.AuditActor(), ct), () =>
        {
            Input = RoomForm.From(Room);
            return ShowAsync(ct);
        });
    }

    public async Task<IActionResult> OnPostReopenAsync(string site, Guid room, Guid closureId, CancellationToken ct) =>
        await LoadAsync(site, room, ct) ? await ReopenDaysAsync(closures, closureId, ct) : NotFound();

    private async Task<bool> LoadAsync(string site, Guid room, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || await editor.FindAsync(room, ct) is not { } found || found.SiteId != Site.Id
            || !await Access.CanManageRoomAsync(UserId, Site.Id, found.OperatorOrganisationId, ct))
        {
            return false;
        }
        Room = found;
        return true;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Closures = (await closures.ListAsync(Site.Id, Today, ct)).Where(c => c.RoomId == Room.Id).ToList();
        return await FormAsync(ct);
    }
}
