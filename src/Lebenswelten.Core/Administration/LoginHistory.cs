using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// Whether an account was ever used: every successful login (password with or without the code, single sign-on) is an
/// audit line with the account as its subject, so no column is needed. An account nobody ever logged in to may be
/// someone else's sign-up with your address (issue 15): accepting an invitation for it sets a new password, and single
/// sign-on removes its password when it links. Audit lines go after the retention period (<c>Retention:AuditDays</c>),
/// so an account unused for that long counts as never used — the stricter path, never the laxer one.
/// </summary>
public static class LoginHistory
{
    public const string PasswordLogin = "Login.Succeeded";
    public const string SingleSignOnLogin = "Login.SsoSucceeded";

    /// <summary>Someone logged in to the account, or linked a single sign-on login to it (which only a login does).</summary>
    public static async Task<bool> IsInUseAsync(LebensweltenDbContext db, string userId, CancellationToken ct) =>
        await db.UserLogins.AnyAsync(l => l.UserId == userId, ct)
        || await db.AuditEntries.AnyAsync(e => e.SubjectUserId == userId && e.Action == AuditAction.Login
            && (e.DataKind == PasswordLogin || e.DataKind == SingleSignOnLogin), ct);
}
