using Lebenswelten.Web.Features.Shared.BackOffice;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

public sealed class SiteForm
{
    public string? Name { get; set; }
    public string? State { get; set; }
    public string? Description { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
}

/// <summary>The site's name, description and public contact. The route value is "slug", not "site": this is no site-member page.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class SiteEditModel(SiteDirectory directory, SiteAdministration administration, AdminScopes scopes,
    IStringLocalizer<AdministrationResource> text) : PageModel
{
    [BindProperty]
    public SiteForm Input { get; set; } = new();

    public Site Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await directory.FindAsync(slug, ct) is not { } site)
        {
            return NotFound();
        }
        Site = site;
        Input = new SiteForm
        {
            Name = site.Name, State = site.State, Description = site.Description,
            ContactName = site.Contact.Name, ContactEmail = site.Contact.Email, ContactPhone = site.Contact.Phone,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await directory.FindAsync(slug, ct) is not { } site)
        {
            return NotFound();
        }
        Site = site;
        var outcome = await administration.UpdateSiteAsync(await scopes.ForAsync(User.UserId(), ct), slug,
            new SiteEdit(Input.Name, Input.State, Input.Description, Input.ContactName, Input.ContactEmail, Input.ContactPhone),
            HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[BackOfficePage.SavedMessage] = text["AdminSites.Saved", outcome.Value!.Name].Value;
        return RedirectToPage("/Admin/Sites");
    }
}
