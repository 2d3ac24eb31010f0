using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Changes an offering; its registrations stay (OfferingEditor moves the waiting list up if places free up).</summary>
public sealed class EditModel(OfferingEditor editor, IStringLocalizer<OfferingsResource> text) : OfferingFormPage(text)
{
    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        Input = OfferingForm.From(Offering);
        Input.PadSessionRows();
        return await FormAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if (Draft() is not { } draft)
        {
            return await FormAsync(ct);
        }
        var outcome = await editor.UpdateAsync(id, draft, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return await FormAsync(ct);
        }
        TempData[SavedMessage] = Text["OfferingAdmin.Saved", outcome.Value!.Title].Value;
        return Redirect(ListUrl);
    }
}
