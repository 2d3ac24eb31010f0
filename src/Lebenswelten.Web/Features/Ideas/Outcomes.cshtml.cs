using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>"You said, we did" (issue 24): what came of the site's surveys and ideas, so residents see their voice mattered.</summary>
[AllowAnonymous]
public sealed class OutcomesModel(SiteDirectory sites, IdeaDirectory ideas, SurveyOutcomes surveys) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<IdeaView> Ideas { get; private set; } = [];

    /// <summary>The closed surveys whose outcome the coordinators have written.</summary>
    public IReadOnlyList<SurveyOutcome> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Ideas = await ideas.OutcomesAsync(found.Id, ct);
        Surveys = await surveys.ListPublishedAsync(found.Id, ct);
        return Page();
    }
}
