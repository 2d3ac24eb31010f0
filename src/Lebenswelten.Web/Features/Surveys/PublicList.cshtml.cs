using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The site's open surveys, linked from the site page.</summary>
[AllowAnonymous]
public sealed class PublicListModel(SurveyDirectory directory, SiteDirectory sites) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Survey> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Surveys = await directory.OpenAtAsync(found.Id, ct);
        return Page();
    }
}
