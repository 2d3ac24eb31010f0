using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// What an acting person may administer: everything as platform administrator, the site roles (not the
/// administrator role) of their own sites as coordinator. Read from the database, not from the login's
/// claims, so a role taken away a minute ago no longer counts.
/// </summary>
public sealed record AdminScope(string UserId, bool IsAdministrator, IReadOnlySet<Guid> CoordinatedSites)
{
    public bool CanManage(Guid? siteId, SiteRole role) =>
        IsAdministrator || (role != SiteRole.Administrator && siteId is { } site && CoordinatedSites.Contains(site));

    public bool CanManageSite(Guid siteId) => IsAdministrator || CoordinatedSites.Contains(siteId);

    public static async Task<AdminScope> LoadAsync(LebensweltenDbContext db, string? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return new AdminScope("", false, new HashSet<Guid>());
        }
        var roles = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == userId && (a.Role == SiteRole.Administrator || a.Role == SiteRole.Coordinator))
            .Select(a => new { a.Role, a.SiteId })
            .ToListAsync(ct);
        return new AdminScope(userId, roles.Any(r => r.Role == SiteRole.Administrator),
            roles.Where(r => r.Role == SiteRole.Coordinator && r.SiteId != null).Select(r => r.SiteId!.Value).ToHashSet());
    }
}
