using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>
/// A survey's outcome as "you said, we did" shows it; the same fields as Core/Surveys' <c>SurveyOutcome</c>, so that
/// the page does not depend on the surveys capability before it lands (the merge maps one to the other).
/// </summary>
public sealed record SurveyOutcomeView(int SurveyId, string Title, DateOnly ClosedOn, int Answers, string WhatWeLearned, string WhatWeDo);

/// <summary>"You said, we did" (issue 24): what came of the site's surveys and ideas, so residents see their voice mattered.</summary>
[AllowAnonymous]
public sealed class OutcomesModel(SiteDirectory sites, IdeaDirectory ideas) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<IdeaView> Ideas { get; private set; } = [];

    /// <summary>
    /// The surveys' outcomes. MERGE POINT: fill from <c>SurveyOutcomes.ListPublishedAsync(site, ct)</c> when Core/Surveys
    /// lands (survey24); until then empty, and the section renders nothing.
    /// </summary>
    public IReadOnlyList<SurveyOutcomeView> Surveys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return NotFound();
        }
        Site = found;
        Ideas = await ideas.OutcomesAsync(found.Id, ct);
        return Page();
    }
}
