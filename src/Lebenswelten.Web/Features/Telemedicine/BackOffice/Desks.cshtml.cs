using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The rooms whose reception this person staffs at the site (coordinators: all of them).</summary>
public sealed class DesksModel(BackOfficeServices services, TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text)
    : TelemedicineStaffPage(services, access, text)
{
    public IReadOnlyList<TelemedicineRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Rooms = await Access.RoomsStaffedByAsync(UserId, Site.Id, ct);
        return Page();
    }
}
