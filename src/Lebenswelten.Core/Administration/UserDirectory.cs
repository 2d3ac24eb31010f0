using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Administration;

/// <summary>The administrators' list of accounts: e-mail addresses are personal data, so every read is audited.</summary>
public sealed class UserDirectory(LebensweltenDbContext db, AuditLog audit)
{
    public async Task<Outcome<UserPage>> ListAsync(AdminScope scope, UserQuery query, AuditActor actor, CancellationToken ct)
    {
        if (!scope.IsAdministrator)
        {
            return DomainProblem.Forbidden("Admin.NotAllowed");
        }
        if (query.Page < 1 || query.Search?.Length > UserQuery.MaxSearchLength)
        {
            return DomainProblem.Field(query.Page < 1 ? nameof(query.Page) : nameof(query.Search),
                query.Page < 1 ? "OutOfRange" : "TooLong");
        }
        var users = db.Users.AsNoTracking();
        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var upper = search.ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(upper)
                || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(upper)));
        }
        if (query.SiteId is not null || query.Role is not null)
        {
            users = users.Where(u => db.SiteRoleAssignments.Any(a => a.UserId == u.Id
                && (query.SiteId == null || a.SiteId == query.SiteId) && (query.Role == null || a.Role == query.Role)));
        }
        var total = await users.CountAsync(ct);
        var page = await users.OrderBy(u => u.NormalizedEmail)
            .Skip((query.Page - 1) * UserQuery.PageSize).Take(UserQuery.PageSize)
            .ToListAsync(ct);
        var summaries = await SummariesAsync(page, ct);
        await audit.RecordReadAsync(actor, "Admin.Users", null, query.SiteId, ct, summaries.Select(s => s.Id));
        return new UserPage(summaries, total, query.Page);
    }

    /// <summary>One account with its roles; for the caller to audit (the web layer reads it for a person's page).</summary>
    public async Task<Outcome<UserSummary>> FindAsync(AdminScope scope, string userId, AuditActor actor, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        var summary = (await SummariesAsync([user], ct))[0];
        if (!scope.IsAdministrator && !summary.Roles.Any(r => r.SiteId is { } site && scope.CoordinatedSites.Contains(site)))
        {
            return DomainProblem.NotFound("Admin.UserNotFound");
        }
        await audit.RecordReadAsync(actor, "Admin.User", user.Id, null, ct, [user.Id]);
        return summary;
    }

    private async Task<List<UserSummary>> SummariesAsync(IReadOnlyList<Identity.AppUser> users, CancellationToken ct)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.UserId))
            .Select(a => new
            {
                a.UserId,
                Held = new RoleHeld(a.Id, a.SiteId, a.Site == null ? null : a.Site.Slug, a.Site == null ? null : a.Site.Name, a.Role,
                    a.OrganisationId, a.Organisation == null ? null : a.Organisation.Name, a.SyncedFrom),
            })
            .ToListAsync(ct);
        var logins = await db.UserLogins.AsNoTracking().Where(l => ids.Contains(l.UserId))
            .Select(l => new { l.UserId, Name = l.ProviderDisplayName ?? l.LoginProvider }).ToListAsync(ct);
        return users.Select(u =>
            {
                var providers = logins.Where(l => l.UserId == u.Id).Select(l => l.Name).Order(StringComparer.Ordinal).ToList();
                return new UserSummary(u.Id, u.Email ?? "", u.DisplayName, AccountStates.Of(u, providers.Count > 0), u.TwoFactorEnabled,
                    roles.Where(r => r.UserId == u.Id).Select(r => r.Held)
                        .OrderBy(r => r.SiteName, StringComparer.Ordinal).ThenBy(r => r.Role).ToList(),
                    providers);
            })
            .ToList();
    }
}
