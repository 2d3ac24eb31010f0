using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// An offering whose provider named no district gets the one its venue's coordinates lie in (point in polygon).
/// A district the provider chose is kept: the sample boundaries of Gera and Weimar are only rough shapes.
/// </summary>
public sealed class OfferingDistricts(LebensweltenDbContext db) : IDistrictBoundaryFollower
{
    public async Task<DistrictLocator> LocatorAsync(Guid siteId, CancellationToken ct) =>
        new(await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId && d.BoundaryGeoJson != null).ToListAsync(ct));

    public async Task<District?> AtAsync(Guid siteId, double latitude, double longitude, CancellationToken ct) =>
        (await LocatorAsync(siteId, ct)).At(latitude, longitude);

    /// <summary>
    /// Fills in the district of every offering of the site that has coordinates and none yet (after a boundary import,
    /// and by the <c>assign-districts</c> command for offerings entered before). Returns how many got one.
    /// </summary>
    public async Task<int> AssignMissingAsync(Guid siteId, CancellationToken ct = default)
    {
        var locator = await LocatorAsync(siteId, ct);
        if (!locator.HasBoundaries)
        {
            return 0;
        }
        var offerings = await db.Offerings.AsNoTracking().Include(o => o.Organisation)
            .Where(o => o.SiteId == siteId && o.DistrictId == null && o.Latitude != null && o.Longitude != null).ToListAsync(ct);
        var assigned = 0;
        foreach (var offering in offerings)
        {
            if (locator.At(offering.Latitude!.Value, offering.Longitude!.Value) is not { } district)
            {
                continue;
            }
            var text = OfferingSearch.TextOf(offering, district.Name);
            // Only while still without a district: an editor who chose one in the meantime wins.
            assigned += await db.Offerings.Where(o => o.Id == offering.Id && o.DistrictId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.DistrictId, district.Id).SetProperty(o => o.SearchText, text), ct);
        }
        return assigned;
    }
}
