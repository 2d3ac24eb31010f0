using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
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
    public Task<IActionResult> OnPostUnpublishAsync(string site, Guid id, CancellationToken ct) =>
        MoveAsync(site, id, editor.UnpublishAsync, "OfferingAdmin.Unpublished", ct);

    /// <summary>Into the catalogue as it stands, from the preview's button (OfferingEditor.PublishAsync).</summary>
    public Task<IActionResult> OnPostPublishAsync(string site, Guid id, CancellationToken ct) =>
        MoveAsync(site, id, editor.PublishAsync, "OfferingAdmin.Published", ct);

    private async Task<IActionResult> MoveAsync(string site, Guid id,
        Func<Guid, AuditActor, CancellationToken, Task<Outcome<Offering>>> move, string message, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if ((await move(id, HttpContext.AuditActor(), ct)).Value is { } offering)
        {
            Saved(Text[message, offering.Title]);
        }
        return RedirectToPage(new { site, id });
    }
}
