using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Re-authentication before sensitive actions (ASVS 5.0 V7.5.3): password, and the code for accounts with a
/// second factor. Renews the login time that <see cref="Policies.RecentLogin"/> checks; wrong entries count
/// towards the lockout like at the login.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Login)]
public sealed class ConfirmModel(SignInManager<AppUser> signIn, AccountAudit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NeedsCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        NeedsCode = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        NeedsCode = user.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var password = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        var codeOk = password.Succeeded && (!NeedsCode || await signIn.UserManager.VerifyTwoFactorTokenAsync(
            user, signIn.UserManager.Options.Tokens.AuthenticatorTokenProvider, Input.Code?.Replace(" ", "", StringComparison.Ordinal) ?? ""));
        if (!codeOk)
        {
            if (password.Succeeded)
            {
                await signIn.UserManager.AccessFailedAsync(user);
            }
            await audit.RecordAsync(user.Id, password.IsLockedOut ? AccountAudit.LoginLockedOut : AccountAudit.LoginFailed, byOwner: false);
            ModelState.AddModelError(string.Empty, text[password.IsLockedOut ? "Login.LockedOut" : "Reauth.Wrong"]);
            return Page();
        }
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties, [new Claim("amr", NeedsCode ? "mfa" : "pwd")]);
        await audit.RecordAsync(user.Id, AccountAudit.Reauthenticated);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/konto");
    }
}

public sealed class ConfirmInput
{
    [Display(Name = "Login.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.TooLong")]
    public string Password { get; set; } = "";

    [Display(Name = "LoginCode.Code")]
    [StringLength(16, ErrorMessage = "Validation.TooLong")]
    public string? Code { get; set; }
}
