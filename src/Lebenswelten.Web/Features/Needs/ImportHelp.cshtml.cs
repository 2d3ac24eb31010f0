using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>Help for the needs imports, in the app itself (de/en), for coordinators who have no access to the repository's docs.</summary>
[AllowAnonymous]
public sealed class ImportHelpModel : PageModel
{
    public void OnGet()
    {
    }
}
