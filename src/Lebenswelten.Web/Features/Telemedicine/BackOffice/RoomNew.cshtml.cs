using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Telemedicine.BackOffice;

/// <summary>A coordinator or the housing company sets up a telemedicine room.</summary>
public sealed class RoomNewModel(RoomEditor editor) : RoomFormPage
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
        if (Draft() is not { } draft)
        {
            return await FormAsync(ct);
        }
        var outcome = await editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await FormAsync(ct);
        }
        Saved(Text["Telemedicine.Room.Saved", outcome.Value!.Name]);
        return Redirect($"{BaseUrl}/raeume/{outcome.Value.Id}");
    }
}
