using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Lebenswelten.Web.Features.Registrations;

/// <summary>
/// The guest confirms the e-mail address (double opt-in). GET only shows a button: mail scanners open links
/// on their own, and that must not count as the person's confirmation.
/// </summary>
[AllowAnonymous]
[PersonalLinkPage]
[EnableRateLimiting(RateLimits.Registration)]
public sealed class ConfirmModel(RegistrationService registrations, IStringLocalizer<Offerings.OfferingsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public Registration Registration { get; private set; } = null!;

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
        return RedirectToPage("Manage", new { id, token = Token });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // Only the link's holder: an account holder has nothing to confirm.
        if (string.IsNullOrEmpty(Token) || await registrations.FindForAsync(id, new RegistrationActor(null, Token), ct) is not { } registration)
        {
            return false;
        }
        Registration = registration;
        return true;
    }
}
