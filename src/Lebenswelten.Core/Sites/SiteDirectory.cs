using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Network;

namespace Lebenswelten.Core.Sites;

public sealed record SiteOverview(string Slug, string Name, int Districts, int Organisations, int Members);

public sealed record SiteMember(string UserId, string Email, string? DisplayName, IReadOnlyList<SiteRole> Roles, string? Organisation);

/// <summary>Reads sites and what belongs to them; every site-owned query is filtered by the site's id.</summary>
public sealed class SiteDirectory(LebensweltenDbContext db)
{
    private IReadOnlyList<Site>? _sites;

    /// <summary>All sites by name; read once per request, since the page and the header's switcher both need them.</summary>
    public async Task<IReadOnlyList<Site>> ListAsync(CancellationToken cancellationToken = default) =>
        _sites ??= await db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Site?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public Task<List<District>> DistrictsAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name).ToListAsync(cancellationToken);

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
