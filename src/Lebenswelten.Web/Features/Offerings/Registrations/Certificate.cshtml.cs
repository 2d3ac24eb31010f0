using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>
/// The certificate of participation, printable on A4, for the registration's account or a guest's personal link.
/// To anyone else it does not exist; to its owner, before it is earned, a 404 that explains the 80 % rule.
/// A guest opens it with the personal link's token in the address, so it is a personal-link page: not cached, no Referer.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
public sealed class CertificateModel(CertificateRules certificates, TimeProvider clock) : PageModel
{
    public ParticipationCertificate Certificate { get; private set; } = null!;
    public DateTimeOffset Today { get; private set; }
    public int RequiredSessions => CertificateRules.RequiredSessions(Certificate.Share.Sessions);

    public async Task<IActionResult> OnGetAsync(Guid registrationId, string? token, CancellationToken ct)
    {
        var outcome = await certificates.FindAsync(registrationId, User.UserId(), token, ct);
        if (outcome.Value is not { } certificate)
        {
            return NotFound();
        }
        Certificate = certificate;
        Today = clock.GetUtcNow();
        if (!certificate.IsEligible)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
