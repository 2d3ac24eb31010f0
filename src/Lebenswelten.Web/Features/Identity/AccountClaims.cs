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

    public static Claim AuthTimeClaim(DateTimeOffset at) =>
        new(AuthTime, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? AuthenticatedAt(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AuthTime), CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactor, "true");

    /// <summary>Anyone who works with other people's data: every role but resident, at any site, and administrators.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsAdministrator() || user.SiteRoles().Any(r => Lebenswelten.Core.Identity.SiteRoles.Staff.Contains(r.Role));
}
