using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

public sealed class NewModel(OfferingAdminServices services, OfferingEditor editor, IStringLocalizer<OfferingsResource> text)
    : OfferingFormPage(services, text)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        Input = new OfferingForm { Capacity = 12, Price = "0" };
        Input.PadSessionRows();
        var form = await FormAsync(ct);
        Input.OrganisationId = Organisations.Count == 1 ? Organisations[0].Id : Guid.Empty;
        return form;
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        // A new offering is published exactly when the form asked for it.
        return await SaveAsync(draft => editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct),
            offering => Text[offering.Status == OfferingStatus.Published ? "OfferingAdmin.CreatedPublished" : "OfferingAdmin.CreatedDraft",
                offering.Title], ct);
    }
}
