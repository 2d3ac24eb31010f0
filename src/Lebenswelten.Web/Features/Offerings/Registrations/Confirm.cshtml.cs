using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>
/// The guest confirms the e-mail address (double opt-in). GET only shows a button: mail scanners open links
/// on their own, and that must not count as the person's confirmation.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class ConfirmModel(RegistrationService registrations, RegistrationTokens tokens,
    IStringLocalizer<OfferingsResource> text) : PageModel
{
    /// <summary>The confirmation link's secret, which only the mail to the address carries (not the personal link's).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Registration Registration { get; private set; } = null!;

    /// <summary>
    /// The personal link's secret, for the way on to the registration: whoever holds the confirmation link has the mail,
    /// which carries the personal link too.
    /// </summary>
    public string? ManageToken => tokens.Reveal(Registration);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await registrations.ConfirmEmailAsync(id, Token ?? "", ct);
        if (outcome.Problem is { } problem)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }
            problem.AddTo(ModelState, text);
            return Page();
        }
        return RedirectToPage("Manage", new { id, token = tokens.Reveal(outcome.Value!) });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // Only the confirmation link's holder: an account holder has nothing to confirm.
        if (string.IsNullOrEmpty(Token) || await registrations.FindForConfirmationAsync(id, Token, ct) is not { } registration)
        {
            return false;
        }
        Registration = registration;
        return true;
    }
}
