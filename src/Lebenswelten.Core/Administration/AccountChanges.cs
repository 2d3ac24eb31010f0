using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>What a coordinator's removal from a site took away.</summary>
public sealed record SiteDeparture(string UserId, string Name, string SiteName, IReadOnlyList<SiteRole> Roles);

/// <summary>
/// The two account changes that take access away besides deactivation (issue 25): all of a person's roles at one site,
/// and (administrator only) their second factor. Each needs a reason, which the person is mailed in the same
/// transaction; each renews the security stamp, so open sessions end, and each is audited with the person as subject.
/// </summary>
public sealed class AccountChanges(LebensweltenDbContext db, UserManager<AppUser> users, UserAdministration administration,
    AuditLog audit, InvitationMails mails, TimeProvider clock)
{
    public async Task<Outcome<SiteDeparture>> RemoveFromSiteAsync(AdminScope scope, string userId, Guid siteId, string? reason,
        string language, AuditActor actor, CancellationToken ct)
    {
        var checkedReason = ChangeReason.Check(reason);
        if (checkedReason.Problem is { } invalid)
        {
            return invalid;
        }
        var user = await administration.FindUserAsync(scope, userId, ct);
        var roles = user is null ? [] : await db.SiteRoleAssignments.Where(a => a.UserId == user.Id && a.SiteId == siteId).ToListAsync(ct);
        if (user is null || roles.Count == 0 || !scope.CanManageSite(siteId))
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        if (user.Id == scope.UserId)
        {
            return DomainProblem.Conflict("Admin.Self");
        }
        var site = await db.Sites.AsNoTracking().FirstAsync(s => s.Id == siteId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.SiteRoleAssignments.RemoveRange(roles);
        foreach (var role in roles)
        {
            audit.Record(actor, AuditAction.RoleChange, "Account.Role", role.Id.ToString(), siteId, user.Id);
        }
        var removed = roles.Select(r => r.Role).Order().ToList();
        mails.AccountChanged("roles-removed", user, checkedReason.Value!, language, clock.GetUtcNow(), new Dictionary<string, string>
        {
            ["Site"] = site.Name,
            ["Roles"] = string.Join(", ", removed.Select(r => InvitationMails.RoleName(r, InvitationMails.LanguageOf(user, language)))),
        });
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        return new SiteDeparture(user.Id, user.DisplayName ?? user.Email!, site.Name, removed);
    }

    /// <summary>
    /// Switches the person's second factor off and throws away its key and recovery codes, for someone who lost their
    /// phone. Staff must set up a new one at their next login (StaffTwoFactorPolicies). The caller's recent login is the
    /// web layer's check (ASVS 5.0 V6.4.3, like every role change).
    /// </summary>
    public async Task<Outcome<string>> ResetTwoFactorAsync(AdminScope scope, string userId, string? reason, string language,
        AuditActor actor, CancellationToken ct)
    {
        var checkedReason = ChangeReason.Check(reason);
        if (checkedReason.Problem is { } invalid)
        {
            return invalid;
        }
        if (!scope.IsAdministrator)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (await administration.FindUserAsync(scope, userId, ct) is not { } user)
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        if (user.Id == scope.UserId)
        {
            return DomainProblem.Conflict("Admin.Self");
        }
        if (!user.TwoFactorEnabled)
        {
            return DomainProblem.Conflict("Admin.NoSecondFactor");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.TwoFactorEnabled = false;
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        audit.Record(actor, AuditAction.Change, "Account.TwoFactorReset", user.Id, subjectUserId: user.Id);
        mails.AccountChanged("two-factor-reset", user, checkedReason.Value!, language, clock.GetUtcNow());
        // A new key (unused until the person sets it up) and a new security stamp, saved with the rest.
        await users.ResetAuthenticatorKeyAsync(user);
        await transaction.CommitAsync(ct);
        return user.Id;
    }
}
