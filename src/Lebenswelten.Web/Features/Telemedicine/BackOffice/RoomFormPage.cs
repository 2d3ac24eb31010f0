using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>What the new-room and the edit-room page share: the form, its choices, and turning the post into a draft.</summary>
public abstract class RoomFormPage : TelemedicineStaffPage
{
    [BindProperty]
    public RoomForm Input { get; set; } = new();

    /// <summary>The organisations this person may run a room for: all of the site's for coordinators, else their own.</summary>
    public IReadOnlyList<Organisation> Operators { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public abstract bool IsNew { get; }

    protected async Task<IActionResult> FormAsync(CancellationToken ct)
    {
        Input.PadHours();
        var operators = new List<Organisation>();
        foreach (var organisation in await Service<SiteDirectory>().OrganisationsAsync(Site.Id, ct))
        {
            if (await Access.CanManageRoomAsync(UserId, Site.Id, organisation.Id, ct))
            {
                operators.Add(organisation);
            }
        }
        Operators = operators;
        Districts = await Service<SiteDirectory>().DistrictsAsync(Site.Id, ct);
        return Page();
    }

    protected RoomDraft? Draft() => Checked(Input.ToDraft(), RoomRules.Validate);
}
