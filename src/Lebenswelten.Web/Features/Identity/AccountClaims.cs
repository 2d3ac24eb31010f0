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

    /// <summary>
    /// When the session began (Unix seconds): the login, kept through every token refresh, so that an API client that
    /// refreshes in time still has to log in again after Identity:AbsoluteLifetimeHours (the refreshed token has no
    /// <see cref="AuthTime"/>, which would make it a new login).
    /// </summary>
    public const string SessionStart = "lw:session_start";

    /// <summary>"true" when the single sign-on provider asserted a second factor for this login (its MfaSatisfiedBy rule).</summary>
    public const string ProviderMfa = "lw:idp_mfa";

    /// <summary>
    /// How this login happened, kept when the cookie is re-issued (account change, security stamp check): the login
    /// time, Identity's amr, the provider's second factor and the single sign-on scheme (Identity's authentication method).
    /// </summary>
    public static bool CarriesOver(Claim claim) =>
        claim.Type is "amr" or AuthTime or SessionStart or ProviderMfa or ClaimTypes.AuthenticationMethod;

    /// <summary>The single sign-on scheme this login came through, if any.</summary>
    public static string? SignedInThrough(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.AuthenticationMethod);

    public static Claim AuthTimeClaim(DateTimeOffset at) => TimeClaim(AuthTime, at);

    public static Claim SessionStartClaim(DateTimeOffset at) => TimeClaim(SessionStart, at);

    public static DateTimeOffset? AuthenticatedAt(this ClaimsPrincipal user) => TimeOf(user, AuthTime);

    /// <summary>When this session began: the login it comes from, however often its token was refreshed.</summary>
    public static DateTimeOffset? SessionStartedAt(this ClaimsPrincipal user) => TimeOf(user, SessionStart) ?? user.AuthenticatedAt();

    private static Claim TimeClaim(string type, DateTimeOffset at) =>
        new(type, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    private static DateTimeOffset? TimeOf(ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirstValue(type), CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>A second factor guards this login: the account's authenticator, or the provider's (single sign-on).</summary>
    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactor, "true") || user.HasClaim(ProviderMfa, "true");

    /// <summary>Anyone who works with other people's data: every role but resident, at any site, and administrators.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsAdministrator() || user.SiteRoles().Any(r => Lebenswelten.Core.Identity.SiteRoles.Staff.Contains(r.Role));
}
