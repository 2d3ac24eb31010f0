using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>The site's published ideas, with how many support each and what the site answered; never who.</summary>
[AllowAnonymous]
public sealed class IndexModel(SiteDirectory sites, IdeaDirectory ideas) : PageModel
{
    public const int PageSize = 50;

    public Site Site { get; private set; } = null!;
    public IReadOnlyList<IdeaListing> Ideas { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string site, int pageNumber, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        (Site, PageNumber) = (found, Math.Clamp(pageNumber, 1, 10_000));
        (Ideas, Total) = await ideas.PublishedAsync(found.Id, PageNumber, PageSize, ct);
        return Page();
    }
}
