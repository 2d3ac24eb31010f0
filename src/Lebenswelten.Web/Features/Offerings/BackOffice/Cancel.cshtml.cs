using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Cancels an offering after a confirmation; OfferingEditor writes everyone registered a mail.</summary>
public sealed class CancelModel(OfferingAdminServices services, OfferingEditor editor, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public const int MaxReasonLength = 1000;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        await LoadAsync(site, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct))
        {
            return NotFound();
        }
        if (Reason?.Length > MaxReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), Text["FieldError.TooLong"]);
            return Page();
        }
        var outcome = await editor.CancelAsync(id, Reason, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            Show(problem);
            return Page();
        }
        Saved(Text["OfferingAdmin.Cancelled", Offering.Title]);
        return Redirect(ListUrl);
    }
}
