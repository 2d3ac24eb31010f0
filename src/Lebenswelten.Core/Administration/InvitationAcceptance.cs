using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>What accepting an invitation takes (<see cref="Invitations.FindAsync"/> decides).</summary>
public enum AcceptStep
{
    /// <summary>No account with the address yet (or one the invitation created): name and password.</summary>
    NewAccount,
    /// <summary>An account nobody ever logged in to: name and a new password, which replaces the old one.</summary>
    NewPassword,
    /// <summary>An account in use: accepted only by that account, logged in recently (with its second factor).</summary>
    LogIn,
}

/// <summary>
/// The login of the request that accepts. The web layer passes it only once the recent-login rule holds (ASVS 5.0
/// V7.5.3, <c>Policies.RecentLogin</c>), since the domain cannot see the session; the account it is for is the domain's check.
/// </summary>
/// <param name="SecondFactor">The login was made with a second factor (the account's authenticator, or the provider's).</param>
public sealed record AcceptingLogin(string UserId, bool SecondFactor);

/// <summary>What the invitee entered, and who is logged in (null: nobody, or not recently).</summary>
public sealed record Acceptance(string? DisplayName = null, string? Password = null, AcceptingLogin? Login = null)
{
    /// <summary>The account itself accepts, with its second factor if it has one.</summary>
    public bool IsLoginOf(AppUser user) => Login is { } login && login.UserId == user.Id && (login.SecondFactor || !user.TwoFactorEnabled);
}
