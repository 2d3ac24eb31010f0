using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The rooms this person manages at the site (coordinators: all), with hours and a link to close days.</summary>
public sealed class RoomsModel(RoomEditor editor, BackOfficeServices services, TelemedicineAccess access,
    IStringLocalizer<TelemedicineResource> text) : TelemedicineStaffPage(services, access, text)
{
    public IReadOnlyList<TelemedicineRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var managed = await Access.ManagedOperatorsAsync(UserId, Site.Id, ct);
        Rooms = (await editor.ListAsync(Site.Id, ct)).Where(r => managed.Includes(r.OperatorOrganisationId)).ToList();
        return Page();
    }
}
