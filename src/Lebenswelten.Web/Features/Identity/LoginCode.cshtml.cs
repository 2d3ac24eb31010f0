using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// The second login step: the code from the authenticator app, or one of the recovery codes. Reachable only
/// for five minutes after the right password (Identity's two-factor cookie), and on the login budget.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginCodeModel(SignInManager<AppUser> signIn, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty]
    public LoginCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = new string(Input.Code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        // Six digits are an authenticator code; anything else can only be a recovery code.
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage(AccountChallenges.LandingPage);
        }
        ModelState.AddModelError("Input.Code", text[result.IsLockedOut ? "Login.LockedOut" : "LoginCode.Wrong"]);
        return Page();
    }
}

public sealed class LoginCodeInput
{
    [Display(Name = "LoginCode.Code")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(64, ErrorMessage = "Validation.TooLong")]
    public string Code { get; set; } = "";
}
