using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>The entry point: the site's telemedicine rooms and the practices that hold video hours there.</summary>
[AllowAnonymous]
public sealed class IndexModel(SiteDirectory sites, RoomEditor rooms, ScheduleEditor schedules) : PageModel
{
    public TelemedicineSite Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await TelemedicineSite.LoadAsync(sites, rooms, schedules, site, ct) is not { } data)
        {
            return NotFound();
        }
        Data = data;
        return Page();
    }
}
