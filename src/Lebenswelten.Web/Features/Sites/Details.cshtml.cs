using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>The public page of a site: what it is, who works there, its districts.</summary>
[AllowAnonymous]
public sealed class DetailsModel(SiteDirectory directory, SiteRoster roster, Core.Telemedicine.RoomEditor rooms) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public bool HasTelemedicine { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Organisations = await roster.OrganisationsAsync(found.Id, ct);
        Districts = await directory.DistrictsAsync(found.Id, ct);
        HasTelemedicine = await rooms.HasActiveRoomAsync(found.Id, ct);
        return Page();
    }
}
