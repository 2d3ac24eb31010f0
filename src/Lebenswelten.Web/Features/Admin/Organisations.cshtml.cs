using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

[Authorize(Policy = Policies.Administrator)]
public sealed class OrganisationsModel(SiteDirectory directory, SiteRoster roster) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await directory.FindAsync(slug, ct) is not { } site)
        {
            return NotFound();
        }
        Site = site;
        Organisations = await roster.OrganisationsAsync(site.Id, ct);
        return Page();
    }
}
