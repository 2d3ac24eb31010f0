namespace Lebenswelten.Core.Sites;

/// <summary>Reads sites and what belongs to them; every site-owned query is filtered by the site's id.</summary>
public sealed class SiteDirectory(LebensweltenDbContext db)
{
    private IReadOnlyList<Site>? _sites;

    /// <summary>All sites by name; read once per request, since the page and the header's switcher both need them.</summary>
    public async Task<IReadOnlyList<Site>> ListAsync(CancellationToken cancellationToken = default) =>
        _sites ??= await db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Site?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    /// <summary>The site's districts by name, with their boundaries (maps, distances to a district).</summary>
    public Task<List<District>> DistrictsAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name).ToListAsync(cancellationToken);

    /// <summary>The site's districts by name without their boundaries (<see cref="District.WithoutBoundary"/>): for filters and lists.</summary>
    public Task<List<District>> DistrictListAsync(Guid siteId, CancellationToken cancellationToken = default) =>
        db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name).Select(District.WithoutBoundary)
            .ToListAsync(cancellationToken);
}
