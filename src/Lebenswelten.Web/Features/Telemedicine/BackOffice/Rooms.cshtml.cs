using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>The rooms this person manages at the site (coordinators: all), with hours and a link to close days.</summary>
public sealed class RoomsModel(RoomEditor editor) : TelemedicineStaffPage
{
    public IReadOnlyList<TelemedicineRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var managed = new List<TelemedicineRoom>();
        foreach (var room in await editor.ListAsync(Site.Id, ct))
        {
            if (await Access.CanManageRoomAsync(UserId, Site.Id, room.OperatorOrganisationId, ct))
            {
                managed.Add(room);
            }
        }
        Rooms = managed;
        return Page();
    }
}
