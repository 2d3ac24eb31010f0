using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>What the new-room and the edit-room page share: the form, its choices, and turning the post into a draft.</summary>
public abstract class RoomFormPage(BackOfficeServices services, TelemedicineAccess access, IStringLocalizer<TelemedicineResource> text)
    : TelemedicineStaffPage(services, access, text)
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
        var managed = await Access.ManagedOperatorsAsync(UserId, Site.Id, ct);
        Operators = (await Roster.OrganisationsAsync(Site.Id, ct)).Where(o => managed.Includes(o.Id)).ToList();
        Districts = await Sites.DistrictsAsync(Site.Id, ct);
        return Page();
    }

    protected RoomDraft? Draft() => Checked(Input.ToDraft(), RoomRules.Validate);
}
