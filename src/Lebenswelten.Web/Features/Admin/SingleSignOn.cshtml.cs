using Lebenswelten.Core.Data;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Identity.SingleSignOn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Admin;

public sealed record SingleSignOnProviderStatus(SingleSignOnProvider Provider, string? SiteName, IReadOnlyList<string> MissingOrganisations,
    string CallbackUrl);

/// <summary>
/// The configured single sign-on providers, read-only: they live in the operator's configuration (with their
/// secrets), so this page shows what is set and what does not fit the data (an unknown site or organisation).
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class SingleSignOnModel(SingleSignOnProviders providers, LebensweltenDbContext db, PublicAddress address) : PageModel
{
    public IReadOnlyList<SingleSignOnProviderStatus> Providers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Select(s => new { s.Id, s.Slug, s.Name }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.SiteId, o.Name }).ToListAsync(ct);
        Providers = providers.All.Select(p =>
        {
            var site = sites.FirstOrDefault(s => s.Slug == p.Site);
            var missing = p.Roles.Select(r => r.Organisation).OfType<string>().Distinct()
                .Where(name => site is null || !organisations.Any(o => o.SiteId == site.Id && o.Name == name)).ToList();
            return new SingleSignOnProviderStatus(p, site?.Name, missing, address.Link(p.CallbackPath));
        }).ToList();
    }
}
