using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>The site's projects for its coordination, with the exports.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class IndexModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects)
    : BackOfficePage(services, text)
{
    public const int PageSize = 100;

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var listed = await projects.ListAsync(Site.Id, UserId, 1, PageSize, ct);
        if (listed.Problem is not null)
        {
            return Forbid();
        }
        Projects = listed.Value.Items;
        return Page();
    }
}
