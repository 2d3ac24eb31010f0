using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Administration;

/// <summary>
/// Who belongs to a site: its organisations and the people holding roles there. Sites itself knows neither, so that
/// identity and organisations may build on sites without a circle.
/// </summary>
public sealed class SiteRoster(LebensweltenDbContext db)
{
    public Task<List<Organisation>> OrganisationsAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.SiteId == siteId)
            .OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(cancellationToken);

    /// <summary>The people holding a role at the site (personal data: staff only).</summary>
    public async Task<List<SiteMember>> MembersAsync(Guid siteId, CancellationToken cancellationToken = default)
    {
        var rows = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.SiteId == siteId)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new
            {
                u.Id, u.Email, u.DisplayName, a.Role, Organisation = a.Organisation == null ? null : a.Organisation.Name,
            })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .Select(g => new SiteMember(g.Key, g.First().Email ?? "", g.First().DisplayName,
                g.Select(r => r.Role).Order().ToList(), g.Select(r => r.Organisation).FirstOrDefault(o => o is not null)))
            .OrderBy(m => m.Roles[0]).ThenBy(m => m.Email, StringComparer.Ordinal)
            .ToList();
    }

    public Task<List<SiteOverview>> OverviewAsync(CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().OrderBy(s => s.Name).Select(s => new SiteOverview(
                s.Slug, s.Name,
                db.Districts.Count(d => d.SiteId == s.Id),
                db.Organisations.Count(o => o.SiteId == s.Id),
                db.SiteRoleAssignments.Where(a => a.SiteId == s.Id).Select(a => a.UserId).Distinct().Count()))
            .ToListAsync(cancellationToken);
}
