using Lebenswelten.Web.Features.Shared.BackOffice;
using System.Runtime.CompilerServices;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public OrganisationKind Kind { get; set; } = OrganisationKind.Other;
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
}

/// <summary>Creates ("neu") or edits one organisation of a site.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class OrganisationModel(SiteDirectory directory, SiteRoster roster, SiteAdministration administration, AdminScopes scopes,
    IStringLocalizer<AdministrationResource> text) : PageModel
{
    public const string NewSegment = "neu";

    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public Site Site { get; private set; } = null!;
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string organisation, CancellationToken ct)
    {
        if (await LoadAsync(slug, organisation, ct) is not { } found)
        {
            return NotFound();
        }
        if (found.Value is { } existing)
        {
            Input = new OrganisationForm
            {
                Name = existing.Name, Kind = existing.Kind, Street = existing.Address.Street, PostalCode = existing.Address.PostalCode,
                City = existing.Address.City, Email = existing.Email, Phone = existing.Phone, Website = existing.Website,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string organisation, CancellationToken ct)
    {
        if (await LoadAsync(slug, organisation, ct) is not { } found)
        {
            return NotFound();
        }
        var outcome = await administration.SaveOrganisationAsync(await scopes.ForAsync(User.UserId(), ct), Site.Id, found.Value?.Id,
            new OrganisationEdit(Input.Name, Input.Kind, Input.Street, Input.PostalCode, Input.City, Input.Email, Input.Phone,
                Input.Website),
            HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[BackOfficePage.SavedMessage] = text["AdminSites.Saved", outcome.Value!.Name].Value;
        return RedirectToPage("/Admin/Organisations", new { slug = Site.Slug });
    }

    /// <summary>Null: no such site or organisation; a wrapper holding null: a new one.</summary>
    private async Task<StrongBox<Organisation?>?> LoadAsync(string slug, string organisation, CancellationToken ct)
    {
        if (await directory.FindAsync(slug, ct) is not { } site)
        {
            return null;
        }
        Site = site;
        IsNew = organisation == NewSegment;
        if (IsNew)
        {
            return new StrongBox<Organisation?>(null);
        }
        var existing = Guid.TryParse(organisation, out var id)
            ? (await roster.OrganisationsAsync(site.Id, ct)).FirstOrDefault(o => o.Id == id) : null;
        return existing is null ? null : new StrongBox<Organisation?>(existing);
    }
}
