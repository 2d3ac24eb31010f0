using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// The link in the verification mail: a guest confirms that the address is theirs, and the held slot becomes an
/// appointment. GET only shows a button: mail scanners open links on their own, and that must not count.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class VerifyModel(ContactVerification verification, AppointmentTokens tokens, IStringLocalizer<TelemedicineResource> text)
    : PageModel
{
    /// <summary>The verification link's secret, which only the mail carries (not the personal link's).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public TelemedicineAppointment Appointment { get; private set; } = null!;

    /// <summary>The way on to the appointment: whoever holds the mail's link may see what it books.</summary>
    public string? ManageToken => tokens.Reveal(Appointment);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await verification.VerifyWithLinkAsync(id, Token, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }
            problem.AddTo(ModelState, text);
            return Page();
        }
        TempData[BookSlotModel.BookedMessage] = text["Telemedicine.VerifiedNotice"].Value;
        return RedirectToPage("Appointment", new { id, token = tokens.Reveal(outcome.Value!) });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await verification.FindForLinkAsync(id, Token, ct) is not { } appointment)
        {
            return false;
        }
        Appointment = appointment;
        return true;
    }
}
