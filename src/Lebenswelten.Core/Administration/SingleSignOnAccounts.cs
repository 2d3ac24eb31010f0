using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// A login through a site's identity provider: finds the account by the provider's subject, else links or
/// creates one by the verified e-mail address, and syncs the provider's roles at its site — one transaction.
/// The linking rule (docs/SECURITY.md, "Single sign-on"): an existing account is linked automatically only when
/// it holds no staff or administrator role, so a provider that asserts someone's address cannot take over
/// privileged access (ASVS 5.0 V10.5, OIDC client: the e-mail counts only when the provider verified it). And it keeps
/// its password only when it is confirmed and in use; otherwise its password may be a stranger's who signed up with
/// the address first (issue 15), so linking removes it: from then on only the provider's person logs in.
/// </summary>
public sealed class SingleSignOnAccounts(LebensweltenDbContext db, UserManager<AppUser> users, AuditLog audit)
{
    public const string AccountCreated = "Account.CreatedBySso";
    public const string AccountLinked = "Account.SsoLinked";
    public const string RoleSynced = "Account.RoleSso";
    public const string PasswordRemoved = "Account.PasswordRemovedBySso";

    public async Task<Outcome<SingleSignOnAccount>> SignInAsync(ExternalIdentity who, string siteSlug, IReadOnlyList<MappedRole> roles,
        AuditActor origin, CancellationToken ct)
    {
        if (await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == siteSlug, ct) is not { } site)
        {
            return DomainProblem.NotFound("Sso.UnknownSite");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var found = await FindOrCreateAsync(who, roles, origin, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var (user, created, linked) = found.Value;
        var (changed, unknown) = await SyncRolesAsync(user, site.Id, who.Scheme, roles, origin, ct);
        if (changed > 0)
        {
            // Like a role change by an administrator: other sessions end, and carry the new roles at their next login.
            await users.UpdateSecurityStampAsync(user);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SingleSignOnAccount(user.Id, created, linked, changed, unknown);
    }

    /// <summary>
    /// The owner of an account, logged in and recently confirmed, links a provider's account to it — the way for
    /// staff accounts, which are never linked by address. Roles follow at the next login through the provider.
    /// </summary>
    public async Task<Outcome<bool>> LinkAsync(string userId, ExternalIdentity who, AuditActor origin, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return DomainProblem.NotFound("Account.NotFound");
        }
        if (await users.FindByLoginAsync(who.Scheme, who.Subject) is { } holder)
        {
            return holder.Id == user.Id ? true : DomainProblem.Conflict("Sso.LinkedElsewhere");
        }
        if ((await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == who.Scheme))
        {
            return DomainProblem.Conflict("Sso.LinkedElsewhere");
        }
        await AddLoginAsync(user, who);
        audit.Record(origin, AuditAction.Change, AccountLinked, who.Scheme, subjectUserId: user.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<Outcome<(AppUser User, bool Created, bool Linked)>> FindOrCreateAsync(
        ExternalIdentity who, IReadOnlyList<MappedRole> roles, AuditActor origin, CancellationToken ct)
    {
        if (await users.FindByLoginAsync(who.Scheme, who.Subject) is { } known)
        {
            return AccountStates.Of(known) == AccountStatus.Deactivated
                ? DomainProblem.Forbidden("Sso.Deactivated")
                : (known, false, false);
        }
        if (who.Email is null || !who.EmailVerified)
        {
            return roles.Count == 0 ? DomainProblem.Forbidden("Sso.NoRole") : DomainProblem.Forbidden("Sso.EmailUnverified");
        }
        if (await users.FindByEmailAsync(who.Email) is not { } existing)
        {
            return roles.Count == 0 ? DomainProblem.Forbidden("Sso.NoRole") : await CreateAsync(who, origin);
        }
        if (AccountStates.Of(existing) == AccountStatus.Deactivated)
        {
            return DomainProblem.Forbidden("Sso.Deactivated");
        }
        if (await db.SiteRoleAssignments.AnyAsync(a => a.UserId == existing.Id && a.Role != SiteRole.Resident, ct)
            || (await users.GetLoginsAsync(existing)).Any(l => l.LoginProvider == who.Scheme))
        {
            return DomainProblem.Conflict("Sso.LinkYourself");
        }
        if (!existing.EmailConfirmed || !await LoginHistory.IsInUseAsync(db, existing.Id, ct))
        {
            await ClaimUnusedAsync(existing, who, origin);
        }
        await AddLoginAsync(existing, who);
        audit.Record(origin with { UserId = existing.Id }, AuditAction.Change, AccountLinked, who.Scheme, subjectUserId: existing.Id);
        return (existing, false, true);
    }

    /// <summary>
    /// An account nobody confirmed or ever logged in to goes to the person the provider vouches for: asking for its
    /// password first would help only whoever chose it, and that may be the stranger. Nobody logged in, so no session,
    /// authenticator or link of theirs exists; the password is all they hold, and it goes (with a new security stamp).
    /// </summary>
    private async Task ClaimUnusedAsync(AppUser user, ExternalIdentity who, AuditActor origin)
    {
        // The provider verified the address (checked above): the mailbox is proven as by the mailed link.
        user.EmailConfirmed = true;
        if (user.PasswordHash is not null)
        {
            await users.RemovePasswordAsync(user);
            audit.Record(origin with { UserId = user.Id }, AuditAction.Change, PasswordRemoved, who.Scheme, subjectUserId: user.Id);
        }
    }

    private async Task<Outcome<(AppUser, bool, bool)>> CreateAsync(ExternalIdentity who, AuditActor origin)
    {
        // No password: the account logs in through its provider only, so disabling it there disables it here.
        var user = new AppUser
        {
            UserName = who.Email, Email = who.Email, EmailConfirmed = true,
            DisplayName = who.DisplayName is { Length: > 0 and <= 200 } name ? name : null,
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            return DomainProblem.Conflict("Sso.AccountRefused");
        }
        await AddLoginAsync(user, who);
        audit.Record(origin with { UserId = user.Id }, AuditAction.Create, AccountCreated, who.Scheme, subjectUserId: user.Id);
        return (user, true, false);
    }

    private async Task AddLoginAsync(AppUser user, ExternalIdentity who)
    {
        var result = await users.AddLoginAsync(user, new UserLoginInfo(who.Scheme, who.Subject, who.ProviderDisplayName));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not link {who.Scheme}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }

    /// <summary>
    /// The roles at this site that came from this provider become exactly the mapped ones. Roles a person gave,
    /// roles from other providers and every other site stay untouched (and the administrator role has no site).
    /// </summary>
    private async Task<(int Changed, IReadOnlyList<string> UnknownOrganisations)> SyncRolesAsync(
        AppUser user, Guid siteId, string scheme, IReadOnlyList<MappedRole> roles, AuditActor origin, CancellationToken ct)
    {
        var names = roles.Select(r => r.OrganisationName).OfType<string>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.SiteId == siteId && names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, o => o.Id, ct);
        var unknown = names.Where(n => !organisations.ContainsKey(n)).ToList();
        // A mapping naming an organisation the site lacks gives nothing: a role meant for one organisation must not act for none.
        var wanted = roles.Where(r => r.OrganisationName is null || organisations.ContainsKey(r.OrganisationName))
            .GroupBy(r => r.Role)
            .ToDictionary(g => g.Key, g => g.First().OrganisationName is { } name ? organisations[name] : (Guid?)null);
        var held = await db.SiteRoleAssignments.Where(a => a.UserId == user.Id && a.SiteId == siteId).ToListAsync(ct);
        var actor = origin with { UserId = null };
        var changed = 0;
        foreach (var gone in held.Where(a => a.SyncedFrom == scheme && !wanted.ContainsKey(a.Role)))
        {
            db.SiteRoleAssignments.Remove(gone);
            audit.Record(actor, AuditAction.RoleChange, RoleSynced, gone.Id.ToString(), siteId, user.Id);
            changed++;
        }
        foreach (var (role, organisationId) in wanted)
        {
            var current = held.FirstOrDefault(a => a.Role == role);
            if (current is null)
            {
                var assignment = new SiteRoleAssignment
                {
                    UserId = user.Id, SiteId = siteId, Role = role, OrganisationId = organisationId, SyncedFrom = scheme,
                };
                db.SiteRoleAssignments.Add(assignment);
                audit.Record(actor, AuditAction.RoleChange, RoleSynced, assignment.Id.ToString(), siteId, user.Id);
                changed++;
            }
            else if (current.SyncedFrom == scheme && current.OrganisationId != organisationId)
            {
                current.OrganisationId = organisationId;
                audit.Record(actor, AuditAction.RoleChange, RoleSynced, current.Id.ToString(), siteId, user.Id);
                changed++;
            }
        }
        return (changed, unknown);
    }
}
