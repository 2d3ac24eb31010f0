using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// The certificates of participation the provider prints and hands out: all earned ones, one per A4 page, or one
/// person's (<c>?anmeldung=</c>). The participant's own page stays theirs; this one is the provider's (audited read).
/// </summary>
public sealed class CertificatesModel(OfferingAdminServices services, CertificateRules certificates, IStringLocalizer<OfferingsResource> text)
    : OfferingAdminPage(services, text)
{
    public IReadOnlyList<ParticipationCertificate> Certificates { get; private set; } = [];
    public DateTimeOffset Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, Guid id, Guid? anmeldung, CancellationToken ct)
    {
        if (!await LoadAsync(site, id, ct) || (await certificates.EarnedAsync(id, HttpContext.AuditActor(), ct)).Value is not { } earned)
        {
            return NotFound();
        }
        Certificates = anmeldung is { } one ? earned.Where(c => c.Registration.Id == one).ToList() : earned;
        if (anmeldung is not null && Certificates.Count == 0)
        {
            // Not of this offering, or not earned: nothing to print, as for the participant.
            return NotFound();
        }
        Today = Clock.GetUtcNow();
        return Page();
    }
}
