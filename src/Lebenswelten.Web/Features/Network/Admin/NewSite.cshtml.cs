using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Network.Admin;

/// <summary>
/// A new municipality joins: the administrator enters its official key (AGS), checks what the app reads from it (name,
/// state, the RKI's GISD score and quintile) and creates the site; districts and the first coordinator come next.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class NewSiteModel(SiteFounding founding, IStringLocalizer<NetworkResource> text) : PageModel
{
    public SiteProposal? Proposal { get; private set; }

    [BindProperty]
    public SiteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public IActionResult OnPostCheck()
    {
        ModelState.Clear();
        var proposed = founding.Propose(Input.Ags);
        if (proposed.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        Proposal = proposed.Value;
        (Input.Name, Input.Slug) = (Proposal!.Name, Proposal.Slug);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var created = await founding.CreateAsync(new SiteFoundingRequest(Input.Ags, Input.Name, Input.Slug), HttpContext.AuditActor(), ct);
        if (created.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            Proposal = founding.Propose(Input.Ags).Value;
            return Page();
        }
        TempData[Shared.BackOffice.BackOfficePage.SavedMessage] = text["Founding.Created", created.Value!.Name].Value;
        return RedirectToPage("/Admin/SiteEdit", new { slug = created.Value.Slug });
    }
}

public sealed class SiteInput
{
    public string? Ags { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
}
