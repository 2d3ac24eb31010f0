using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>
/// The room's reception: today's bookings with name, time and check-in only (RoomDesk gives nothing more: no
/// practice, kind or reason), every read audited; the check-in form takes the code as people read it out.
/// </summary>
public sealed class DeskModel(RoomDesk desk, BackOfficeServices services, TelemedicineAccess access,
    IStringLocalizer<TelemedicineResource> text) : TelemedicineStaffPage(services, access, text)
{
    /// <summary>Filled from the QR code's address, so scanning opens the form ready to confirm.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public RoomDayList List { get; private set; } = null!;
    public RoomDayEntry? CheckedIn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid room, CancellationToken ct) =>
        await LoadAsync(site, room, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid room, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = await desk.CheckInAsync(room, Code, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { Code: "Room.NotFound" })
        {
            return NotFound();
        }
        if (outcome.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(Code), Text[$"Problem.{problem.Code}"]);
        }
        else
        {
            CheckedIn = outcome.Value;
            Code = null;
            ModelState.Remove(nameof(Code));
        }
        return await LoadAsync(site, room, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string site, Guid room, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct)
            || (await desk.DayAsync(room, Today, HttpContext.AuditActor(), ct)).Value is not { } list || list.Room.SiteId != Site.Id)
        {
            return false;
        }
        List = list;
        return true;
    }
}
