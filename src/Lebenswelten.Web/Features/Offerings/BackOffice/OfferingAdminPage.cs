using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// The back office of one site's offerings: the policy lets in the site's providers and coordinators, the
/// domain (OfferingAccess) decides per offering; someone else's offering is not found rather than forbidden.
/// </summary>
[Authorize(Policy = Policies.OfferingManager)]
public abstract class OfferingAdminPage(OfferingAdminServices services, IStringLocalizer<OfferingsResource> text)
    : BackOfficePage(services.BackOffice, text)
{
    public Offering Offering { get; private set; } = null!;

    protected OfferingAccess Access => services.Access;

    /// <summary>The site and one offering of it that the person manages, with provider, district and sessions.</summary>
    protected async Task<bool> LoadAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct)
            || await services.Catalogue.FindAsync(id, ct) is not { } offering
            || offering.SiteId != Site.Id
            || !await services.Access.CanManageAsync(UserId, offering, ct))
        {
            return false;
        }
        Offering = offering;
        return true;
    }

    /// <summary>The site's list of offerings, where every save returns to.</summary>
    protected string ListUrl => Url.Page("/Offerings/BackOffice/Index", new { site = Site.Slug })!;
}
