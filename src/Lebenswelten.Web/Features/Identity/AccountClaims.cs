using System.Globalization;
using System.Security.Claims;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>Claims about how the person logged in, next to <see cref="SiteClaims"/> about what they may do.</summary>
public static class AccountClaims
{
    /// <summary>"true" when the account has an authenticator set up; such an account can only log in with it.</summary>
    public const string TwoFactor = "lw:2fa";

    /// <summary>When the password (and second factor) was last entered, in Unix seconds (OIDC's auth_time).</summary>
    public const string AuthTime = "lw:auth_time";

    /// <summary>"true" when the single sign-on provider asserted a second factor for this login (its MfaSatisfiedBy rule).</summary>
    public const string ProviderMfa = "lw:idp_mfa";

    /// <summary>
    /// How this login happened, kept when the cookie is re-issued (account change, security stamp check): the login
    /// time, Identity's amr, the provider's second factor and the single sign-on scheme (Identity's authentication method).
    /// </summary>
    public static bool CarriesOver(Claim claim) =>
        claim.Type is "amr" or AuthTime or ProviderMfa or ClaimTypes.AuthenticationMethod;

    /// <summary>The single sign-on scheme this login came through, if any.</summary>
    public static string? SignedInThrough(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.AuthenticationMethod);

    public static Claim AuthTimeClaim(DateTimeOffset at) =>
        new(AuthTime, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? AuthenticatedAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AuthTime), CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>A second factor guards this login: the account's authenticator, or the provider's (single sign-on).</summary>
    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactor, "true") || user.HasClaim(ProviderMfa, "true");

    /// <summary>Anyone who works with other people's data: every role but resident, at any site, and administrators.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsAdministrator() || user.SiteRoles().Any(r => Lebenswelten.Core.Identity.SiteRoles.Staff.Contains(r.Role));
}
