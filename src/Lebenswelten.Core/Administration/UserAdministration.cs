using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// Role changes and deactivation, for administrators everywhere and coordinators at their own sites.
/// Every change renews the person's security stamp, so that their open sessions end and the next login
/// carries the new roles; every change is audited with the person as subject.
/// </summary>
public sealed class UserAdministration(LebensweltenDbContext db, UserManager<AppUser> users, AuditLog audit, InvitationMails mails,
    TimeProvider clock)
{
    public async Task<Outcome<RoleHeld>> AssignRoleAsync(AdminScope scope, string userId, RoleGrant grant, AuditActor actor,
        CancellationToken ct)
    {
        if (await FindUserAsync(scope, userId, ct) is not { } user)
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        if (await RoleRules.CheckAsync(db, grant, ct) is { } invalid)
        {
            return invalid;
        }
        if (!scope.CanManage(grant.SiteId, grant.Role))
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (user.Id == scope.UserId)
        {
            return DomainProblem.Conflict("Admin.Self");
        }
        if (await db.SiteRoleAssignments.AnyAsync(a => a.UserId == user.Id && a.SiteId == grant.SiteId && a.Role == grant.Role, ct))
        {
            return DomainProblem.Conflict("Admin.RoleExists");
        }
        var assignment = new SiteRoleAssignment
        {
            UserId = user.Id, SiteId = grant.SiteId, Role = grant.Role, OrganisationId = grant.OrganisationId,
        };
        db.SiteRoleAssignments.Add(assignment);
        audit.Record(actor, AuditAction.RoleChange, "Account.Role", assignment.Id.ToString(), grant.SiteId, user.Id);
        await users.UpdateSecurityStampAsync(user);
        var site = grant.SiteId is { } id ? await db.Sites.AsNoTracking().FirstAsync(s => s.Id == id, ct) : null;
        return new RoleHeld(assignment.Id, grant.SiteId, site?.Slug, site?.Name, grant.Role, grant.OrganisationId, null);
    }

    public async Task<Outcome<bool>> RemoveRoleAsync(AdminScope scope, string userId, Guid assignmentId, AuditActor actor,
        CancellationToken ct)
    {
        var assignment = await db.SiteRoleAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.UserId == userId, ct);
        if (assignment is null || await FindUserAsync(scope, userId, ct) is not { } user)
        {
            return DomainProblem.NotFound("Admin.RoleNotFound");
        }
        if (!scope.CanManage(assignment.SiteId, assignment.Role))
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (user.Id == scope.UserId)
        {
            return DomainProblem.Conflict("Admin.Self");
        }
        db.SiteRoleAssignments.Remove(assignment);
        audit.Record(actor, AuditAction.RoleChange, "Account.Role", assignment.Id.ToString(), assignment.SiteId, user.Id);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    /// <summary>
    /// Ends every session and refuses every login (pages and API alike: both go through Identity's lockout). The person
    /// is mailed the required reason (issue 25), in the same transaction as the change.
    /// </summary>
    public Task<Outcome<AccountStatus>> DeactivateAsync(AdminScope scope, string userId, string? reason, string language,
        AuditActor actor, CancellationToken ct) =>
        SetActiveAsync(scope, userId, active: false, actor, ct, reason, user =>
            mails.AccountChanged("account-deactivated", user, ChangeReason.Check(reason).Value!, language, clock.GetUtcNow()));

    public Task<Outcome<AccountStatus>> ReactivateAsync(AdminScope scope, string userId, AuditActor actor, CancellationToken ct) =>
        SetActiveAsync(scope, userId, active: true, actor, ct);

    private async Task<Outcome<AccountStatus>> SetActiveAsync(AdminScope scope, string userId, bool active, AuditActor actor,
        CancellationToken ct, string? reason = null, Action<AppUser>? tell = null)
    {
        if (!scope.IsAdministrator)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (await FindUserAsync(scope, userId, ct) is not { } user)
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        if (user.Id == scope.UserId)
        {
            return DomainProblem.Conflict("Admin.Self");
        }
        // Taking access away needs a reason the person is told (issue 25); checked once the person is known to exist.
        if (!active && ChangeReason.Check(reason).Problem is { } invalid)
        {
            return invalid;
        }
        user.LockoutEnabled = true;
        user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
        user.AccessFailedCount = 0;
        audit.Record(actor, AuditAction.Change, active ? "Account.Reactivated" : "Account.Deactivated", user.Id, subjectUserId: user.Id);
        tell?.Invoke(user);
        // Saves the user, the audit line, the mail and the new stamp together.
        await users.UpdateSecurityStampAsync(user);
        return AccountStates.Of(user);
    }

    /// <summary>Coordinators see only people who hold a role at one of their sites; others do not exist for them.</summary>
    internal async Task<AppUser?> FindUserAsync(AdminScope scope, string userId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || scope.IsAdministrator)
        {
            return user;
        }
        var atOwnSite = await db.SiteRoleAssignments.AnyAsync(a => a.UserId == userId && a.SiteId != null
            && scope.CoordinatedSites.Contains(a.SiteId.Value), ct);
        return atOwnSite ? user : null;
    }
}
