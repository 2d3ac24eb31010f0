using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>Who holds which role at the site: personal data, for the site's coordinators only.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class TeamModel(SiteDirectory directory, AuditLog audit) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<SiteMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await directory.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Members = await directory.MembersAsync(found.Id, ct);
        await audit.RecordReadAsync(HttpContext.AuditActor(), "Site.Members", found.Slug, found.Id, ct, Members.Select(m => m.UserId));
        return Page();
    }
}
