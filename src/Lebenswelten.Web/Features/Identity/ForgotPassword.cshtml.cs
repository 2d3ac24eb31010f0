using Lebenswelten.Core.Administration;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}

/// <summary>Asks for a reset link; the answer is the same whether the address has an account (no enumeration).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class ForgotPasswordModel(PasswordReset reset, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty]
    public ForgotPasswordForm Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await reset.RequestAsync(Input.Email, Localization.CurrentLanguage,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (outcome.Problem is { } problem)
        {
            ModelState.Clear();
            problem.AddTo(ModelState, text);
            return Page();
        }
        Sent = true;
        return Page();
    }
}
