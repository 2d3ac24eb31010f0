using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// Per person: which sessions they came to, the share, and whether the 80 % certificate is earned (GDPR Art. 9:
/// AttendanceBook audits the read), with the certificates to print for those who earned one.
/// </summary>
public sealed class AttendanceOverviewModel(OfferingAdminServices services, AttendanceBook book, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public AttendanceOverview Overview { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct) || (await book.OverviewAsync(id, HttpContext.AuditActor(), ct)).Value is not { } overview)
        {
            return NotFound();
        }
        (Overview, Now) = (overview, Clock.GetUtcNow());
        return Page();
    }
}
