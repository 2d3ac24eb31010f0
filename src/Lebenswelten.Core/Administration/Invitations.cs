using System.Security.Cryptography;
using System.Text;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

public sealed record InvitationRequest(string? Email, SiteRole Role, Guid? OrganisationId = null);

public sealed record InvitationSent(Guid Id, string Email, SiteRole Role, Guid SiteId, DateTimeOffset ExpiresAt);

/// <summary>What the invitee needs to know before accepting: the step it takes, and the account it is for (if any).</summary>
public sealed record OpenInvitation(Invitation Invitation, AcceptStep Step, string? AccountId);

/// <summary>
/// Invitations by e-mail: an administrator or a site's coordinator names an address and a role; the person follows the
/// mailed link and holds the role. The link proves the mailbox, not the account: whoever first signed up with the
/// address may hold its password (issue 15). So an account in use accepts only logged in as itself, recently and with
/// its second factor, and an account nobody ever logged in to gets a new password, which ends every other session.
/// </summary>
public sealed class Invitations(LebensweltenDbContext db, UserManager<AppUser> users, AuditLog audit,
    InvitationMails mails, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Audit: an account never logged in to got a new password by accepting an invitation.</summary>
    public const string PasswordReplaced = "Account.PasswordSetByInvitation";

    public async Task<Outcome<InvitationSent>> InviteAsync(AdminScope scope, Guid siteId, InvitationRequest request,
        string language, AuditActor actor, CancellationToken ct)
    {
        var email = request.Email?.Trim() ?? "";
        if (AccountFields.EmailProblem(email) is { } code)
        {
            return DomainProblem.Field(nameof(request.Email), code);
        }
        if (!await db.Sites.AnyAsync(s => s.Id == siteId, ct))
        {
            return DomainProblem.NotFound("Site.NotFound");
        }
        if (!scope.CanManage(siteId, request.Role))
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (await RoleRules.CheckAsync(db, new RoleGrant(siteId, request.Role, request.OrganisationId), ct) is { } invalid)
        {
            return invalid.FieldErrors?.ContainsKey(nameof(RoleGrant.SiteId)) == true
                ? DomainProblem.Field(nameof(request.Role), "Invalid")
                : invalid;
        }
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null
            && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == existing.Id && a.SiteId == siteId && a.Role == request.Role, ct))
        {
            return DomainProblem.Conflict("Admin.RoleExists");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (existing is null)
        {
            // Listed as "invited" until accepted; without a password nobody can log in to it.
            existing = new AppUser { UserName = email, Email = email };
            if (await users.CreateAsync(existing) is { Succeeded: false } failed)
            {
                return DomainProblem.Field(nameof(request.Email),
                    failed.Errors.Any(e => e.Code == "DuplicateEmail") ? "Taken" : "InvalidEmail");
            }
        }
        var token = SecretToken.Create();
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            TokenHash = Hash(token), Email = email, SiteId = siteId, Role = request.Role, OrganisationId = request.OrganisationId,
            InvitedByUserId = actor.UserId, CreatedAt = now, ExpiresAt = now + Lifetime,
        };
        db.Invitations.Add(invitation);
        audit.Record(actor, AuditAction.Create, "Invitation", invitation.Id.ToString(), siteId, existing.Id);
        await mails.InvitedAsync(invitation, token, language, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new InvitationSent(invitation.Id, email, request.Role, siteId, invitation.ExpiresAt);
    }

    public async Task<Outcome<OpenInvitation>> FindAsync(string? token, CancellationToken ct)
    {
        var invitation = string.IsNullOrEmpty(token) || token.Length > 100 ? null
            : await db.Invitations.Include(i => i.Site).Include(i => i.Organisation)
                .FirstOrDefaultAsync(i => i.TokenHash == Hash(token), ct);
        if (invitation is null)
        {
            return DomainProblem.NotFound("Invitation.NotFound");
        }
        if (invitation.AcceptedAt is not null)
        {
            return DomainProblem.Conflict("Invitation.Used");
        }
        if (invitation.WithdrawnAt is not null)
        {
            return DomainProblem.Conflict("Invitation.Withdrawn");
        }
        if (invitation.ExpiresAt <= clock.GetUtcNow())
        {
            return DomainProblem.Conflict("Invitation.Expired");
        }
        var user = await users.FindByEmailAsync(invitation.Email);
        var step = user is null ? AcceptStep.NewAccount
            : await LoginHistory.IsInUseAsync(db, user.Id, ct) ? AcceptStep.LogIn
            : user.PasswordHash is null ? AcceptStep.NewAccount
            : AcceptStep.NewPassword;
        return new OpenInvitation(invitation, step, user?.Id);
    }

    /// <summary>Accepts once, by the step <see cref="FindAsync"/> names; the account gets the role.</summary>
    public async Task<Outcome<string>> AcceptAsync(string? token, Acceptance acceptance, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (invitation, step, _) = found.Value!;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await users.FindByEmailAsync(invitation.Email);
        if (user is not null && AccountStates.Of(user) == AccountStatus.Deactivated)
        {
            return DomainProblem.Conflict("Invitation.Deactivated");
        }
        if (step == AcceptStep.LogIn)
        {
            if (!acceptance.IsLoginOf(user!))
            {
                return DomainProblem.Forbidden("Invitation.LogInFirst");
            }
        }
        else
        {
            var account = await SetPasswordAsync(user, invitation, acceptance);
            if (account.Problem is not null)
            {
                return account.Problem;
            }
            user = account.Value!;
        }
        // Single use even when two tabs accept at once: only one update finds the invitation still open.
        var now = clock.GetUtcNow();
        // A withdrawal or a resend (new token) between reading and claiming also leaves nothing to claim.
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.WithdrawnAt == null
                && i.TokenHash == invitation.TokenHash)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedByUserId, user!.Id), ct);
        if (claimed == 0)
        {
            return DomainProblem.Conflict("Invitation.Used");
        }
        if (!await db.SiteRoleAssignments.AnyAsync(a => a.UserId == user!.Id && a.SiteId == invitation.SiteId
            && a.Role == invitation.Role, ct))
        {
            var assignment = new SiteRoleAssignment
            {
                UserId = user!.Id, SiteId = invitation.SiteId, Role = invitation.Role, OrganisationId = invitation.OrganisationId,
            };
            db.SiteRoleAssignments.Add(assignment);
            audit.Record(new AuditActor(user.Id, null), AuditAction.RoleChange, "Invitation.Accepted", invitation.Id.ToString(),
                invitation.SiteId, user.Id);
        }
        await users.UpdateSecurityStampAsync(user!);
        await transaction.CommitAsync(ct);
        return user!.Id;
    }

    /// <summary>
    /// Name and password for a new account, or for one nobody ever logged in to: its old password (perhaps a stranger's,
    /// who signed up with this address first) is replaced, which renews the security stamp.
    /// </summary>
    private async Task<Outcome<AppUser>> SetPasswordAsync(AppUser? user, Invitation invitation, Acceptance acceptance)
    {
        var (displayName, password) = (acceptance.DisplayName, acceptance.Password);
        var errors = new FieldErrors();
        AccountFields.CheckName(errors, displayName);
        await AccountFields.CheckPasswordAsync(errors, users,
            new AppUser { Email = invitation.Email, DisplayName = displayName?.Trim() }, password);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        user ??= new AppUser { UserName = invitation.Email, Email = invitation.Email };
        user.DisplayName = displayName!.Trim();
        // The mailed link proves the address.
        user.EmailConfirmed = true;
        if (db.Entry(user).State == EntityState.Detached)
        {
            var created = await users.CreateAsync(user, password!);
            return created.Succeeded ? user : AccountFields.PasswordProblem(created);
        }
        if (user.PasswordHash is not null)
        {
            // Rolled back with the transaction if the new one is refused below.
            await users.RemovePasswordAsync(user);
            audit.Record(new AuditActor(user.Id, null), AuditAction.Change, PasswordReplaced, invitation.Id.ToString(),
                invitation.SiteId, user.Id);
        }
        var added = await users.AddPasswordAsync(user, password!);
        return added.Succeeded ? user : AccountFields.PasswordProblem(added);
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
