using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Shown when a signed-in person lacks the role; answers 403 so that tools see the refusal too. Names the site and the
/// roles the page asks for, and the person's own roles there (issue 25), from names in the link it recognises only.
/// </summary>
[AllowAnonymous]
public sealed class AccessDeniedModel(SiteDirectory sites) : PageModel
{
    [BindProperty(SupportsGet = true, Name = AccessRefusal.SiteParameter)]
    public string? SiteSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = AccessRefusal.RolesParameter)]
    public string? RolesText { get; set; }

    public Site? Site { get; private set; }
    public IReadOnlyList<SiteRole> Needed { get; private set; } = [];
    public IReadOnlyList<SiteRole> Held { get; private set; } = [];

    /// <summary>Any role at the site will do (the page is for the site's members).</summary>
    public bool AnyRole => Needed.Contains(SiteRole.Resident);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Needed = AccessRefusal.ParseRoles(RolesText);
        if (SiteSlug is { Length: > 0 and <= 100 } slug && await sites.FindAsync(slug, ct) is { } site)
        {
            Site = site;
            Held = User.RolesAt(site.Slug).Order().ToList();
        }
    }
}
