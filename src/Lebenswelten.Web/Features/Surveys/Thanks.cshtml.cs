using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>After answering: thanks, and where to see what comes of it.</summary>
[AllowAnonymous]
public sealed class ThanksModel(SurveyDirectory directory, SiteDirectory sites) : PageModel
{
    public string SiteSlug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await directory.PublicAsync(code, ct) is not { } survey)
        {
            return NotFound();
        }
        SiteSlug = (await sites.ListAsync(ct)).Single(s => s.Id == survey.SiteId).Slug;
        return Page();
    }
}
