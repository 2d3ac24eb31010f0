using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>What the indicator list and the edit page share: the site, the form and how an outcome lands on it.</summary>
public abstract class IndicatorFormPage(SiteDirectory sites, IStringLocalizer<NeedsResource> text) : PageModel
{
    public Site Site { get; private set; } = null!;
    [BindProperty] public IndicatorForm Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public abstract bool IsNew { get; }

    protected async Task<bool> FindSiteAsync(string site, CancellationToken ct)
    {
        Site = (await sites.FindAsync(site, ct))!;
        return Site is not null;
    }

    /// <summary>Saved: back to the list with a message; refused: the form again with German field errors.</summary>
    protected IActionResult Done<T>(Outcome<T> outcome, string message)
    {
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        Saved = text[message];
        return RedirectToPage("/Needs/Indicators", new { site = Site.Slug });
    }
}
