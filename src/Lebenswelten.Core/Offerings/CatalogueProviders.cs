using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// The organisations behind a site's public catalogue: those with at least one published offering that has not ended.
/// For open data (HSDS "organizations"): an organisation without anything public is nobody's business.
/// </summary>
public sealed class CatalogueProviders(LebensweltenDbContext db, TimeProvider clock)
{
    public async Task<(IReadOnlyList<Organisation> Items, int Total)> ListAsync(Guid siteId, int page, int pageSize, CancellationToken ct)
    {
        var providers = Public(siteId);
        var total = await providers.CountAsync(ct);
        var items = await providers.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    public Task<Organisation?> FindAsync(Guid siteId, Guid id, CancellationToken ct) =>
        Public(siteId).SingleOrDefaultAsync(o => o.Id == id, ct);

    private IQueryable<Organisation> Public(Guid siteId)
    {
        var now = clock.GetUtcNow();
        var offering = db.Offerings.Where(o => o.SiteId == siteId && o.Status == OfferingStatus.Published
            && (o.LastSessionEnd == null || o.LastSessionEnd > now)).Select(o => o.OrganisationId);
        return db.Organisations.AsNoTracking().Where(o => o.SiteId == siteId && offering.Contains(o.Id));
    }
}
