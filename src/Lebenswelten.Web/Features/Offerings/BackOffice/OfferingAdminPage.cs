using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// The back office of one site's offerings: the policy lets in the site's providers and coordinators, the
/// domain (OfferingAccess) decides per offering; someone else's offering is not found rather than forbidden.
/// </summary>
[Authorize(Policy = Policies.OfferingManager)]
public abstract class OfferingAdminPage : PageModel
{
    /// <summary>TempData key of the "saved" message the list shows after a redirect.</summary>
    public const string SavedMessage = "OfferingAdmin.Saved";

    public Site Site { get; private set; } = null!;
    public Offering Offering { get; private set; } = null!;

    protected SiteDirectory Sites => HttpContext.RequestServices.GetRequiredService<SiteDirectory>();

    protected async Task<bool> LoadSiteAsync(string site, CancellationToken ct)
    {
        Site = (await Sites.FindAsync(site, ct))!;
        return Site is not null;
    }

    /// <summary>The site and one offering of it that the person manages, with provider, district and sessions.</summary>
    protected async Task<bool> LoadAsync(string site, Guid id, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        if (!await LoadSiteAsync(site, ct)
            || await services.GetRequiredService<OfferingCatalogue>().FindAsync(id, ct) is not { } offering
            || offering.SiteId != Site.Id
            || !await services.GetRequiredService<OfferingAccess>().CanManageAsync(Shared.RequestActor.UserId(User), offering, ct))
        {
            return false;
        }
        Offering = offering;
        return true;
    }

    public string ListUrl => $"/verwaltung/{Site.Slug}/angebote";

    public string OfferingUrl(string action) => $"{ListUrl}/{Offering.Id}/{action}";
}
