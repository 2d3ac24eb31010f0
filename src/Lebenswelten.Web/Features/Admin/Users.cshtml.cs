using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>All accounts, searchable and filtered by site and role; a read of personal data, so UserDirectory audits it.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class UsersModel(UserDirectory directory, SiteDirectory sites, AdminScopes scopes,
    IStringLocalizer<AdministrationResource> text)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "suche")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "standort")]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true, Name = "rolle")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Site> Sites { get; private set; } = [];
    public UserPage Results { get; private set; } = new([], 0, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Sites = await sites.ListAsync(ct);
        var siteId = Sites.FirstOrDefault(s => s.Slug == Site)?.Id;
        SiteRole? role = Role is not null && AdminApi.TryParseRole(Role, out var parsed) ? parsed : null;
        var outcome = await directory.ListAsync(await scopes.ForAsync(User.UserId(), ct),
            new UserQuery(Search, siteId, role, Math.Max(1, PageNumber)), HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            problem.AddTo(ModelState, text, "");
            return Page();
        }
        Results = outcome.Value!;
        return Page();
    }

    public string? PageUrl(int page) => Url.Page("/Admin/Users", new
    {
        suche = NullIfEmpty(Search), standort = NullIfEmpty(Site), rolle = NullIfEmpty(Role), seite = page,
    });

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
