using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Changes an offering; its registrations stay (OfferingEditor moves the waiting list up if places free up).</summary>
public sealed class EditModel(OfferingAdminServices services, OfferingEditor editor, IStringLocalizer<OfferingsResource> text)
    : OfferingFormPage(services, text)
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

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct)
            ? await SaveAsync(draft => editor.UpdateAsync(id, draft, HttpContext.AuditActor(), ct),
                offering => Text["OfferingAdmin.Saved", offering.Title], ct)
            : NotFound();

    /// <summary>Out of the catalogue, registrations kept (OfferingEditor.UnpublishAsync).</summary>
    public async Task<IActionResult> OnPostUnpublishAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        var outcome = await editor.UnpublishAsync(id, HttpContext.AuditActor(), ct);
        if (outcome.Value is { } offering)
        {
            Saved(Text["OfferingAdmin.Unpublished", offering.Title]);
        }
        return RedirectToPage(new { site, id });
    }
}
