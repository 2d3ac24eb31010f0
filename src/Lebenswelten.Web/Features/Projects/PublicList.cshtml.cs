using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>The site's published projects, for residents and the press.</summary>
[AllowAnonymous]
public sealed class PublicListModel(SiteDirectory sites, ProjectDirectory projects) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Projects = await projects.PublishedAsync(found.Id, ct);
        return Page();
    }
}

/// <summary>One published project: title, summary, setting, period, partners and offerings; no internal field, no person's name.</summary>
[AllowAnonymous]
public sealed class PublicProjectModel(SiteDirectory sites, ProjectDirectory projects) : PageModel
{
    public Site Site { get; private set; } = null!;
    public PublicProject Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, Guid project, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found || await projects.PublicAsync(found.Id, project, ct) is not { } shown)
        {
            return NotFound();
        }
        (Site, Project) = (found, shown);
        return Page();
    }
}
