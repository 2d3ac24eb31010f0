using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Workspace;

/// <summary>
/// Gathers the staff start page from each capability's public services (issue 25): nothing here reads another
/// capability's tables. Who sees what stays each service's decision (the practice desk audits the names it shows).
/// </summary>
public sealed class WorkspaceService(LebensweltenDbContext db, WorkspaceVisits visits, RoleWorklists worklists, TimeProvider clock)
{
    /// <summary>Roles that have a start page; residents keep their own page.</summary>
    public static readonly IReadOnlyList<SiteRole> StaffRoles =
    [
        SiteRole.Coordinator, SiteRole.Provider, SiteRole.Practice, SiteRole.InsurerOfficer, SiteRole.JobcenterCounsellor,
        SiteRole.Evaluator,
    ];

    /// <summary>The person's start page; <paramref name="recordVisit"/> false reads it without moving "last visit" on (the API).</summary>
    public async Task<StartPage> OpenAsync(AuditActor actor, bool recordVisit, CancellationToken ct)
    {
        var userId = actor.UserId ?? "";
        var held = await db.SiteRoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.SiteId, a.Role }).ToListAsync(ct);
        var administrator = held.Any(a => a.Role == SiteRole.Administrator);
        var staffSites = held.Where(a => a.SiteId != null && StaffRoles.Contains(a.Role)).Select(a => a.SiteId!.Value).Distinct().ToList();
        if (!administrator && staffSites.Count == 0)
        {
            return new StartPage(null, false, []);
        }
        var since = recordVisit ? await visits.VisitAsync(userId, ct) : await visits.PreviousAsync(userId, ct);
        var sites = await db.Sites.AsNoTracking().Where(s => staffSites.Contains(s.Id)).OrderBy(s => s.Name).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var result = new List<SiteWork>();
        foreach (var site in sites)
        {
            var roles = new List<RoleWork>();
            foreach (var role in StaffRoles.Where(r => held.Any(a => a.SiteId == site.Id && a.Role == r)))
            {
                roles.Add(new RoleWork(role, await worklists.ForAsync(role, site.Id, actor, since, now, ct)));
            }
            result.Add(new SiteWork(site.Id, site.Slug, site.Name, roles));
        }
        return new StartPage(since, administrator, result);
    }
}
