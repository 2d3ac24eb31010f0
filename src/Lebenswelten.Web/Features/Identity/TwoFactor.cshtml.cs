using System.ComponentModel.DataAnnotations;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Setting up an authenticator app (TOTP, RFC 6238) with ten recovery codes shown once. Staff reach this page
/// without a second factor (policy SignedIn), everything else only after it; residents may switch it off again.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAudit audit, IAuthorizationService authorization,
    IStringLocalizer<IdentityResource> text) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [Display(Name = "TwoFactor.Code")]
    [StringLength(16, ErrorMessage = "Validation.TooLong")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }
    public string Key { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    /// <summary>
    /// The <see cref="AuthenticatorUri"/> as a QR code, inline (the CSP allows data: images): no extra request carries the key.
    /// </summary>
    public string QrCodeDataUri => QrCodes.DataUri(AuthenticatorUri, pixelsPerModule: 5);
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];
    public bool MayDisable => !User.IsStaff();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    // The key and the recovery codes are secrets: no cache keeps this page.
    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) =>
        Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (Enabled || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), text["TwoFactor.WrongCode"]);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(user.Id, AccountAudit.TwoFactorEnabled);
        return await ShowNewCodesAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await LoadAsync() is not { } user || !Enabled)
        {
            return RedirectToPage();
        }
        if (await NeedsConfirmationAsync() is { } confirm)
        {
            return confirm;
        }
        await audit.RecordAsync(user.Id, AccountAudit.RecoveryCodesRenewed);
        return await ShowNewCodesAsync(user);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user || !Enabled || !MayDisable)
        {
            return RedirectToPage();
        }
        if (await NeedsConfirmationAsync() is { } confirm)
        {
            return confirm;
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(user.Id, AccountAudit.TwoFactorDisabled);
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowNewCodesAsync(AppUser user)
    {
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // Enabling changed the account's security stamp: a fresh cookie, which now also says "2FA".
        await signIn.RefreshSignInAsync(user);
        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult?> NeedsConfirmationAsync() =>
        (await authorization.AuthorizeAsync(User, Policies.RecentLogin)).Succeeded
            ? null
            : RecentLoginForChangesAttribute.ConfirmAndComeBack(Url.Page(AccountChallenges.TwoFactorSetupPage)!);

    private async Task<AppUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return null;
        }
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // A key not yet switched on is no credential: storing it must not end the person's other sessions,
                // as Identity's ResetAuthenticatorKeyAsync would (it renews the security stamp).
                key = users.GenerateNewAuthenticatorKey();
                await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
            }
            Key = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
            AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Lebenswelten:" + user.Email)}" +
                $"?secret={key}&issuer=Lebenswelten&digits=6&period=30";
        }
        return user;
    }
}
