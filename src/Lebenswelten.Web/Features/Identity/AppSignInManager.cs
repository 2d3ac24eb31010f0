using System.Security.Claims;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Identity's sign-in for pages and API alike, with three changes: every sign-in stamps the login time
/// (for <see cref="Policies.RecentLogin"/> and the absolute session end), an account with an authenticator
/// always needs its code (no "remember this device"), and every attempt is audited.
/// </summary>
public sealed class AppSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, TimeProvider clock, AccountAudit audit)
    : SignInManager<AppUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <summary>A sign-in is a login now, unless the caller carries over the time of an earlier one.</summary>
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties,
        IEnumerable<Claim> additionalClaims)
    {
        var claimList = additionalClaims.ToList();
        if (!claimList.Any(c => c.Type == AccountClaims.AuthTime))
        {
            var now = clock.GetUtcNow();
            claimList.Add(AccountClaims.AuthTimeClaim(now));
            claimList.Add(AccountClaims.SessionStartClaim(now));
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, claimList);
    }

    /// <summary>New cookie after an account change (new stamp, 2FA claim), same login time: it is no new login.</summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        var current = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (current.Principal is not { } principal || UserManager.GetUserId(principal) != user.Id)
        {
            return;
        }
        await SignInWithClaimsAsync(user, current.Properties,
            [.. principal.Claims.Where(AccountClaims.CarriesOver).Select(c => new Claim(c.Type, c.Value, c.ValueType))]);
    }

    /// <summary>
    /// A login through a single sign-on scheme, after <see cref="Lebenswelten.Core.Administration.SingleSignOnAccounts"/> found the
    /// account. Deactivated accounts are refused. When the provider asserted no second factor and the account has an
    /// authenticator, the code is asked next (Identity's two-factor step); otherwise the person is signed in, with
    /// <see cref="AccountClaims.ProviderMfa"/> when the provider vouched for the second factor.
    /// </summary>
    public async Task<SignInResult> SingleSignOnSignInAsync(AppUser user, string scheme, bool providerMfa)
    {
        if (await PreSignInCheck(user) is { } refused)
        {
            await audit.RecordAsync(user.Id, AccountAudit.SingleSignOnFailed, byOwner: false, recordId: scheme);
            return refused;
        }
        if (!providerMfa && await IsTwoFactorEnabledAsync(user))
        {
            return await SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: scheme);
        }
        List<Claim> claims = [new(ClaimTypes.AuthenticationMethod, scheme)];
        if (providerMfa)
        {
            claims.Add(new Claim(AccountClaims.ProviderMfa, "true"));
        }
        await SignInWithClaimsAsync(user, isPersistent: false, claims);
        await audit.RecordAsync(user.Id, AccountAudit.SingleSignOnSucceeded, recordId: scheme);
        return SignInResult.Success;
    }

    // A remembered device would let a stolen password alone in (ASVS 5.0 V6.3); staff need the code every time.
    public override Task<bool> IsTwoFactorClientRememberedAsync(AppUser user) => Task.FromResult(false);

    public override async Task<SignInResult> PasswordSignInAsync(AppUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (!result.RequiresTwoFactor)
        {
            await audit.RecordAsync(user.Id, Kind(result, AccountAudit.LoginFailed), byOwner: result.Succeeded);
        }
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient: false);
        await AuditSecondStepAsync(user, result);
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await AuditSecondStepAsync(user, result);
        return result;
    }

    private async Task AuditSecondStepAsync(AppUser? user, SignInResult result)
    {
        if (user is not null)
        {
            await audit.RecordAsync(user.Id, Kind(result, AccountAudit.SecondFactorFailed), byOwner: result.Succeeded);
        }
    }

    private static string Kind(SignInResult result, string failed) => result switch
    {
        { Succeeded: true } => AccountAudit.LoginSucceeded,
        { IsLockedOut: true } => AccountAudit.LoginLockedOut,
        _ => failed,
    };
}
