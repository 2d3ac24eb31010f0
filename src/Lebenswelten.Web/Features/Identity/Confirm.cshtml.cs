using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Identity.SingleSignOn;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Re-authentication before sensitive actions (ASVS 5.0 V7.5.3): password, and the code for accounts with a
/// second factor. Renews the login time that <see cref="Policies.RecentLogin"/> checks; wrong entries count
/// towards the lockout like at the login. Accounts linked to a single sign-on provider can confirm there instead
/// (<see cref="SingleSignOnReauthentication"/>); those created by it have no password and only that way.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimits.Login)]
public sealed class ConfirmModel(SignInManager<AppUser> signIn, AccountAudit audit, SingleSignOnProviders providers, TimeProvider clock,
    IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Provider { get; set; }

    public bool NeedsCode { get; private set; }
    public bool HasPassword { get; private set; }
    public IReadOnlyList<SingleSignOnProvider> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var password = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        var codeOk = password.Succeeded && (!NeedsCode || await signIn.UserManager.VerifyTwoFactorTokenAsync(
            user, signIn.UserManager.Options.Tokens.AuthenticatorTokenProvider,
            Input.Code?.Replace(" ", "", StringComparison.Ordinal) ?? ""));
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
        return LocalRedirect(Next);
    }

    /// <summary>To the provider for a new login there; the answer comes back through the single sign-on return page.</summary>
    public async Task<IActionResult> OnPostProviderAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        if (Providers.FirstOrDefault(p => p.Name == Provider) is not { } provider)
        {
            ModelState.AddModelError(string.Empty, text["Sso.UnknownProvider"]);
            return Page();
        }
        var returnTo = Url.Page(SingleSignOnStartModel.ReturnPage, new { returnUrl = Next });
        return Challenge(SingleSignOnReauthentication.Challenge(signIn, provider, user, returnTo, clock.GetUtcNow()), provider.Scheme);
    }

    private string Next => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page("/Identity/Account")!;

    private async Task<AppUser?> LoadAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return null;
        }
        NeedsCode = user.TwoFactorEnabled;
        HasPassword = await signIn.UserManager.HasPasswordAsync(user);
        Providers = await SingleSignOnReauthentication.ProvidersOfAsync(signIn.UserManager, user, providers);
        return user;
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
