using System.Security.Cryptography;
using System.Text;
using Lebenswelten.Core.Common;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lebenswelten.Core.Administration;

public sealed record InvitationRequest(string? Email, SiteRole Role, Guid? OrganisationId = null);

public sealed record InvitationSent(Guid Id, string Email, SiteRole Role, Guid SiteId, DateTimeOffset ExpiresAt);

/// <summary>What the invitee needs to know before accepting; <see cref="HasAccount"/>: no name or password to set.</summary>
public sealed record OpenInvitation(Invitation Invitation, bool HasAccount);

/// <summary>
/// Invitations by e-mail: an administrator or a site's coordinator names an address and a role; the person
/// follows the mailed link, sets name and password (or, with an account already, just accepts) and holds the role.
/// </summary>
public sealed class Invitations(LebensweltenDbContext db, UserManager<AppUser> users, AuditLog audit,
    InvitationMails mails, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

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
            return invalid.FieldErrors?.ContainsKey(nameof(RoleGrant.SiteId)) == true ? DomainProblem.Field(nameof(request.Role), "Invalid") : invalid;
        }
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && await db.SiteRoleAssignments.AnyAsync(a => a.UserId == existing.Id && a.SiteId == siteId && a.Role == request.Role, ct))
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
                return DomainProblem.Field(nameof(request.Email), failed.Errors.Any(e => e.Code == "DuplicateEmail") ? "Taken" : "InvalidEmail");
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
            : await db.Invitations.Include(i => i.Site).Include(i => i.Organisation).FirstOrDefaultAsync(i => i.TokenHash == Hash(token), ct);
        if (invitation is null)
        {
            return DomainProblem.NotFound("Invitation.NotFound");
        }
        if (invitation.AcceptedAt is not null)
        {
            return DomainProblem.Conflict("Invitation.Used");
        }
        if (invitation.ExpiresAt <= clock.GetUtcNow())
        {
            return DomainProblem.Conflict("Invitation.Expired");
        }
        var user = await users.FindByEmailAsync(invitation.Email);
        return new OpenInvitation(invitation, user?.PasswordHash is not null);
    }

    /// <summary>Accepts once: a new account gets name and password; an existing one only the role.</summary>
    public async Task<Outcome<string>> AcceptAsync(string? token, string? displayName, string? password, CancellationToken ct)
    {
        var found = await FindAsync(token, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var invitation = found.Value!.Invitation;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await users.FindByEmailAsync(invitation.Email);
        if (user is not null && AccountStates.Of(user) == AccountStatus.Deactivated)
        {
            return DomainProblem.Conflict("Invitation.Deactivated");
        }
        if (!found.Value.HasAccount && await NewAccountAsync(user, invitation.Email, displayName, password) is { } account)
        {
            if (account.Problem is not null)
            {
                return account.Problem;
            }
            user = account.Value!;
        }
        // Single use even when two tabs accept at once: only one update finds the invitation still open.
        var now = clock.GetUtcNow();
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedByUserId, user!.Id), ct);
        if (claimed == 0)
        {
            return DomainProblem.Conflict("Invitation.Used");
        }
        if (!await db.SiteRoleAssignments.AnyAsync(a => a.UserId == user!.Id && a.SiteId == invitation.SiteId && a.Role == invitation.Role, ct))
        {
            var assignment = new SiteRoleAssignment { UserId = user!.Id, SiteId = invitation.SiteId, Role = invitation.Role, OrganisationId = invitation.OrganisationId };
            db.SiteRoleAssignments.Add(assignment);
            audit.Record(new AuditActor(user.Id, null), AuditAction.RoleChange, "Invitation.Accepted", invitation.Id.ToString(), invitation.SiteId, user.Id);
        }
        await users.UpdateSecurityStampAsync(user!);
        await transaction.CommitAsync(ct);
        return user!.Id;
    }

    private async Task<Outcome<AppUser>?> NewAccountAsync(AppUser? user, string email, string? displayName, string? password)
    {
        var errors = new FieldErrors();
        AccountFields.CheckName(errors, displayName);
        await AccountFields.CheckPasswordAsync(errors, users, new AppUser { Email = email, DisplayName = displayName?.Trim() }, password);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        user ??= new AppUser { UserName = email, Email = email };
        user.DisplayName = displayName!.Trim();
        // The mailed link proves the address.
        user.EmailConfirmed = true;
        var result = db.Entry(user).State == EntityState.Detached
            ? await users.CreateAsync(user, password!)
            : await users.AddPasswordAsync(user, password!);
        return result.Succeeded ? user : AccountFields.PasswordProblem(result);
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
