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
    public Offering Offering { get; private set; } = null!;
    public Site? Site { get; private set; }
    public DateTimeOffset Now { get; private set; }
    /// <summary>The insurers that fund the offering jointly; empty when none is named.</summary>
    public IReadOnlyList<string> Funders { get; private set; } = [];
    /// <summary>schema.org JSON-LD of the offering, for search engines (<see cref="OfferingJsonLd"/>).</summary>
    public string JsonLd { get; private set; } = "";

    public bool IsOpenForRegistration => Offering.IsOpenForRegistrationAt(Now);
    public bool IsFinished => Offering.Status == OfferingStatus.Finished || Offering.LastSessionEnd <= Now;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await catalogue.FindPublicAsync(id, ct) is not { } offering)
        {
            return NotFound();
        }
        Offering = offering;
        Site = (await directory.ListAsync(ct)).FirstOrDefault(s => s.Id == offering.SiteId);
        Now = clock.GetUtcNow();
        Funders = await catalogue.FunderNamesAsync(offering, ct);
        JsonLd = OfferingJsonLd.For(offering, address.Link(Url.Page(CatalogueLinks.DetailsPage, new { id })!), Now);
        return Page();
    }
}
