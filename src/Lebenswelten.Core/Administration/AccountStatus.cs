using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

public enum AccountStatus
{
    Active,
    /// <summary>Created by an invitation, not yet accepted: no password, cannot log in.</summary>
    Invited,
    /// <summary>Signed up, e-mail address not yet confirmed: cannot log in.</summary>
    Unconfirmed,
    Deactivated,
}

public static class AccountStates
{
    /// <summary>Deactivation is a lockout without end; anything past this counts (SQLite stores ticks coarser).</summary>
    public static readonly DateTimeOffset DeactivatedFrom = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="signsInElsewhere">The account has a single sign-on login: no password is no open invitation then.</param>
    public static AccountStatus Of(AppUser user, bool signsInElsewhere = false) =>
        Of(user.LockoutEnd, user.PasswordHash is null && !signsInElsewhere, user.EmailConfirmed);

    public static AccountStatus Of(DateTimeOffset? lockoutEnd, bool noPassword, bool emailConfirmed) =>
        lockoutEnd >= DeactivatedFrom ? AccountStatus.Deactivated
        : noPassword ? AccountStatus.Invited
        : !emailConfirmed ? AccountStatus.Unconfirmed
        : AccountStatus.Active;
}
