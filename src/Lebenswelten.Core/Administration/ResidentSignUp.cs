using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

public sealed record SignUpRequest(string? DisplayName, string? Email, string? Password, Guid? SiteId, bool AcceptsTerms);

/// <summary>
/// Residents open their own account (every other role comes by invitation). The account can log in only
/// after the mailed confirmation link; an address already in use gets the same answer, so the form does not
/// tell strangers who has an account (ASVS V6.3.7).
/// </summary>
public sealed class ResidentSignUp(LebensweltenDbContext db, UserManager<AppUser> users, InvitationMails mails,
    AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<bool>> SignUpAsync(SignUpRequest request, string language, CancellationToken ct)
    {
        var errors = new FieldErrors();
        AccountFields.CheckName(errors, request.DisplayName);
        if (AccountFields.EmailProblem(request.Email?.Trim()) is { } emailProblem)
        {
            errors.Add(nameof(request.Email), emailProblem);
        }
        await AccountFields.CheckPasswordAsync(errors, users,
            new AppUser { Email = request.Email?.Trim(), DisplayName = request.DisplayName?.Trim() }, request.Password);
        errors.AddIf(request.SiteId is null, nameof(request.SiteId), "Required");
        errors.AddIf(request.SiteId is { } id && !await db.Sites.AnyAsync(s => s.Id == id, ct), nameof(request.SiteId), "Unknown");
        errors.AddIf(!request.AcceptsTerms, nameof(request.AcceptsTerms), "MustAccept");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return true;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The language the person signed up in is the account's: its mails and, after sign-in, its pages speak it.
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = request.DisplayName!.Trim(), Language = ResidentLanguage.Of(language),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return AccountFields.PasswordProblem(created);
        }
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = request.SiteId, Role = SiteRole.Resident });
        audit.Record(new AuditActor(user.Id, null), AuditAction.Create, "Account.SignUp", user.Id, request.SiteId, user.Id);
        mails.ConfirmAccount(user, await users.GenerateEmailConfirmationTokenAsync(user), language, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Whether the mailed link is good, without confirming anything: the link's page is fetched by mail scanners and
    /// previews too, so only the person's POST from it confirms (issue 15; a GET is safe, RFC 9110 §9.2.1).
    /// </summary>
    public async Task<bool> IsValidAsync(string? userId, string? code) =>
        await FindAsync(userId, code) is { } user
        && (user.EmailConfirmed || await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider,
            UserManager<AppUser>.ConfirmEmailTokenPurpose, code!));

    public async Task<Outcome<bool>> ConfirmAsync(string? userId, string? code, CancellationToken ct)
    {
        if (await FindAsync(userId, code) is not { } user)
        {
            return DomainProblem.NotFound("Account.ConfirmInvalid");
        }
        if (user.EmailConfirmed)
        {
            return true;
        }
        var result = await users.ConfirmEmailAsync(user, code!);
        return result.Succeeded ? true : DomainProblem.NotFound("Account.ConfirmInvalid");
    }

    private async Task<AppUser?> FindAsync(string? userId, string? code) =>
        string.IsNullOrEmpty(userId) || userId.Length > 100 || string.IsNullOrEmpty(code) || code.Length > 2000
            ? null
            : await users.FindByIdAsync(userId);
}
