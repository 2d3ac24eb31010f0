using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// A draft as the public page will show it, before anyone outside sees it (issue 25; pretix's shop preview). Only the
/// offering's own staff get here (<see cref="OfferingAdminPage.LoadAsync"/>); the public page still answers 404 for a draft.
/// A published offering has its public page, so its preview sends there. Publishing is the edit page's (EditModel.OnPostPublishAsync).
/// </summary>
public sealed class PreviewModel(OfferingAdminServices services, OfferingCatalogue catalogue, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public OfferingPageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if (Offering.Status != OfferingStatus.Draft)
        {
            return RedirectToPage("/Offerings/Catalogue/Details", new { id });
        }
        View = new OfferingPageView(Offering, Site, Clock.GetUtcNow(), await catalogue.FunderNamesAsync(Offering, ct),
            IsPreview: true);
        return Page();
    }
}
