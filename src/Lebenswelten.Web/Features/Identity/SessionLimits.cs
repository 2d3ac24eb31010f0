namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Session lifetimes (section <c>Identity</c>), after ASVS 5.0 V7.3 and BSI TR-03161 (O.Auth): a session ends
/// after inactivity and after an absolute time; sensitive actions need a recent login.
/// </summary>
public sealed class SessionLimits
{
    public const string Section = "Identity";

    /// <summary>Idle time after which the login cookie expires (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Time after the last password entry after which every session (cookie and refresh token) ends.</summary>
    public int AbsoluteLifetimeHours { get; set; } = 12;

    /// <summary>How old the last password entry may be for actions behind <see cref="Policies.RecentLogin"/>.</summary>
    public int RecentLoginMinutes { get; set; } = 10;

    /// <summary>How often a login cookie is checked against the account (logout everywhere, 2FA changes, deactivation).</summary>
    public int SecurityStampValidationSeconds { get; set; } = 60;

    /// <summary>A session (cookie or bearer token) is over once its start lies <see cref="AbsoluteLifetimeHours"/> back.</summary>
    public bool IsWithinLifetime(System.Security.Claims.ClaimsPrincipal? principal, TimeProvider clock) =>
        principal?.SessionStartedAt() is { } start && clock.GetUtcNow() - start < TimeSpan.FromHours(AbsoluteLifetimeHours);
}
