using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>A coordinator or the housing company sets up a telemedicine room.</summary>
public sealed class RoomNewModel(RoomEditor editor, BackOfficeServices services, TelemedicineAccess access,
    IStringLocalizer<TelemedicineResource> text) : RoomFormPage(services, access, text)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Input.City = "";
        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        return await SubmitAsync(Draft(), draft => editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct), () => FormAsync(ct),
            room => (Text["Telemedicine.Room.Saved", room.Name], Url.Page("RoomEdit", new { site = Site.Slug, room = room.Id })!));
    }
}
