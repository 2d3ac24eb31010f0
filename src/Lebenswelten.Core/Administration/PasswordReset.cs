using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// "Forgot your password?" (ASVS 5.0 V6.4): a link by mail with Identity's single-use token (it is bound to the
/// security stamp, which the new password renews) that expires after an hour. Every request gets the same answer,
/// whether the address has an account or not (V6.3.7). A new password ends every other session of the account.
/// </summary>
public sealed class PasswordReset(LebensweltenDbContext db, UserManager<AppUser> users, InvitationMails mails,
    AuditLog audit, TimeProvider clock)
{
    public const string Requested = "Account.PasswordResetRequested";
    public const string Done = "Account.PasswordReset";

    public async Task<Outcome<bool>> RequestAsync(string? email, string language, string? remoteAddress, CancellationToken ct)
    {
        if (AccountFields.EmailProblem(email?.Trim()) is { } problem)
        {
            return DomainProblem.Field("Email", problem);
        }
        // Only accounts that could log in with a password: not invited (no password yet), unconfirmed or deactivated.
        if (await users.FindByEmailAsync(email!.Trim()) is { } user && AccountStates.Of(user) == AccountStatus.Active)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            audit.Record(new AuditActor(null, remoteAddress), AuditAction.Change, Requested, user.Id, subjectUserId: user.Id);
            mails.PasswordReset(user, await users.GeneratePasswordResetTokenAsync(user), language, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return true;
    }

    /// <summary>Whether the link is still good, so the page can say so before the person types a new password.</summary>
    public async Task<bool> IsValidAsync(string? userId, string? token) =>
        await FindAsync(userId, token) is { } user
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<AppUser>.ResetPasswordTokenPurpose, token!);

    public async Task<Outcome<bool>> ResetAsync(string? userId, string? token, string? password, string? remoteAddress,
        CancellationToken ct)
    {
        if (await FindAsync(userId, token) is not { } user)
        {
            return DomainProblem.NotFound("Account.ResetInvalid");
        }
        var errors = new FieldErrors();
        await AccountFields.CheckPasswordAsync(errors, users, user, password);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        // Changes the password and the security stamp: the token is spent, other sessions end at their next check.
        var result = await users.ResetPasswordAsync(user, token!, password!);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "InvalidToken")
                ? DomainProblem.NotFound("Account.ResetInvalid")
                : AccountFields.PasswordProblem(result);
        }
        // A person locked out by wrong guesses who proved the mailbox may log in again (FindAsync lets active accounts
        // only through, so no deactivation is lifted here).
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        audit.Record(new AuditActor(null, remoteAddress), AuditAction.Change, Done, user.Id, subjectUserId: user.Id);
        // Saves the user and the audit line together.
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<AppUser?> FindAsync(string? userId, string? token) =>
        string.IsNullOrEmpty(userId) || userId.Length > 100 || string.IsNullOrEmpty(token) || token.Length > 2000
            ? null
            : await users.FindByIdAsync(userId) is { } user && AccountStates.Of(user) == AccountStatus.Active ? user : null;
}
