using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Logins and changes to how an account logs in go to the audit log (ASVS 5.0 V16.3.1), with the account as
/// the subject, so its owner sees them under "Who accessed my data". Never the password or the code.
/// </summary>
public sealed class AccountAudit(AuditLog audit, LebensweltenDbContext db, IHttpContextAccessor http)
{
    public const string LoginSucceeded = Lebenswelten.Core.Administration.LoginHistory.PasswordLogin;
    public const string LoginFailed = "Login.Failed";
    public const string LoginLockedOut = "Login.LockedOut";
    public const string SecondFactorFailed = "Login.SecondFactorFailed";
    public const string Reauthenticated = "Login.Reauthenticated";
    public const string TwoFactorEnabled = "Account.TwoFactorEnabled";
    public const string TwoFactorDisabled = "Account.TwoFactorDisabled";
    public const string RecoveryCodesRenewed = "Account.RecoveryCodesRenewed";
    public const string LoggedOutEverywhere = "Account.LoggedOutEverywhere";
    /// <summary>Single sign-on; the line's record is the provider's scheme (sso-&lt;name&gt;).</summary>
    public const string SingleSignOnSucceeded = Lebenswelten.Core.Administration.LoginHistory.SingleSignOnLogin;
    public const string SingleSignOnFailed = "Login.SsoFailed";

    /// <param name="userId">Whose account; null for a failed single sign-on that named no known account.</param>
    /// <param name="byOwner">False for failed attempts: whoever tried is not known to be the owner.</param>
    public async Task RecordAsync(string? userId, string kind, bool byOwner = true, string? recordId = null)
    {
        var remote = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var action = kind.StartsWith("Login.", StringComparison.Ordinal) ? AuditAction.Login : AuditAction.Change;
        audit.Record(new AuditActor(byOwner ? userId : null, remote), action, kind, recordId, subjectUserId: userId);
        // Identity saves account changes at once; one still pending lost a race with a parallel login (its failure
        // count, concurrency stamp) and would fail this save too. The audit line must be written regardless.
        foreach (var stale in db.ChangeTracker.Entries<AppUser>().Where(e => e.State == EntityState.Modified).ToList())
        {
            stale.State = EntityState.Detached;
        }
        await db.SaveChangesAsync();
    }
}
