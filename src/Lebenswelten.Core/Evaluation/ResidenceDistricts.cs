using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// The district of residence from a registration's voluntary postcode: the district whose boundary holds the postcode's
/// centre point (<see cref="PostcodeCentroids"/>, <see cref="DistrictLocator"/>). Postcode areas do not follow district
/// boundaries, and no postcode polygons ship with the app for an area overlap; so everyone in a postcode that spans
/// several districts counts for the one holding its centre. The methods section of docs/en/evaluation.md names the error.
/// Unknown (null) without a postcode, without boundaries, or outside every district.
/// </summary>
public sealed class ResidenceDistricts
{
    private readonly DistrictLocator locator;
    private readonly Dictionary<string, Guid?> byPostcode = new(StringComparer.Ordinal);

    private ResidenceDistricts(DistrictLocator locator) => this.locator = locator;

    public static async Task<ResidenceDistricts> LoadAsync(LebensweltenDbContext db, Guid siteId, CancellationToken ct) =>
        new(new DistrictLocator(await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).ToListAsync(ct)));

    public Guid? Of(string? postcode)
    {
        if (postcode is null || !locator.HasBoundaries)
        {
            return null;
        }
        var key = postcode.Trim();
        if (!byPostcode.TryGetValue(key, out var district))
        {
            district = PostcodeCentroids.Find(key) is { } centre ? locator.At(centre.Latitude, centre.Longitude)?.Id : null;
            byPostcode[key] = district;
        }
        return district;
    }
}
