using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

public sealed class NewModel(OfferingEditor editor, IStringLocalizer<OfferingsResource> text) : OfferingFormPage(text)
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
        if (Draft() is not { } draft)
        {
            return await FormAsync(ct);
        }
        var outcome = await editor.CreateAsync(Site.Id, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await FormAsync(ct);
        }
        TempData[SavedMessage] = Text[draft.Publish ? "OfferingAdmin.CreatedPublished" : "OfferingAdmin.CreatedDraft", outcome.Value!.Title].Value;
        return Redirect(ListUrl);
    }
}
