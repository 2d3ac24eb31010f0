using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>One offering as the public sees it; drafts do not exist here.</summary>
[AllowAnonymous]
public sealed class DetailsModel(OfferingCatalogue catalogue, SiteDirectory directory, TimeProvider clock, PublicAddress address) : PageModel
{
    /// <summary>What _OfferingPage shows, the same for the staff's preview of a draft.</summary>
    public OfferingPageView View { get; private set; } = null!;
    /// <summary>schema.org JSON-LD of the offering, for search engines (<see cref="OfferingJsonLd"/>).</summary>
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await catalogue.FindPublicAsync(id, ct) is not { } offering)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        View = new OfferingPageView(offering, (await directory.ListAsync(ct)).FirstOrDefault(s => s.Id == offering.SiteId), now,
            await catalogue.FunderNamesAsync(offering, ct));
        JsonLd = OfferingJsonLd.For(offering, address.Link(Url.Page(CatalogueLinks.DetailsPage, new { id })!), now);
        return Page();
    }
}
