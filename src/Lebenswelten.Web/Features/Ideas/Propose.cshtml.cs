using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Ideas;

public sealed class ProposeForm
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? DistrictKey { get; set; }
    public string? TargetGroup { get; set; }
}

/// <summary>A resident proposes an idea: it needs a login (an account whose address is confirmed), see IdeaProposals.</summary>
[Authorize(Policy = Policies.SiteMember)]
[EnableRateLimiting(RateLimits.Ideas)]
public sealed class ProposeModel(SiteDirectory sites, IdeaProposals proposals, IStringLocalizer<IdeasResource> text) : PageModel
{
    [BindProperty]
    public ProposeForm Input { get; set; } = new();

    public Site Site { get; private set; } = null!;
    public IReadOnlyList<District> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        var group = TargetGroups.None;
        if (!string.IsNullOrEmpty(Input.TargetGroup) && (!Enum.TryParse(Input.TargetGroup, out group) || !Enum.IsDefined(group)))
        {
            DomainProblem.Field(nameof(ProposeForm.TargetGroup), "UnknownTargetGroup").AddTo(ModelState, text);
            return Page();
        }
        var proposed = await proposals.ProposeAsync(Site.Id, new IdeaDraft(Input.Title, Input.Text, Input.DistrictKey, group),
            HttpContext.AuditActor(), Localization.CurrentLanguage, ct);
        if (proposed.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        // Post, redirect, get: a reload does not propose the idea twice.
        TempData[Shared.BackOffice.BackOfficePage.SavedMessage] = text["Propose.Sent"].Value;
        return RedirectToPage("/Ideas/Mine");
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        Districts = await sites.DistrictsAsync(found.Id, ct);
        return true;
    }
}
