namespace Lebenswelten.Core.Offerings;

/// <summary>
/// A square around the visitor's postcode for the distance sort (issue 21): sorting only the offerings inside it reads a
/// slice of IX_Offerings_Catalogue_Distance instead of computing the distance of every offering. Distances are
/// equirectangular, in degrees of latitude: longitude differences are squeezed by the cosine of the latitude.
/// </summary>
internal readonly record struct DistanceBox(double Latitude, double Longitude, double HalfWidth)
{
    // About 550 m: the 20 nearest of a dense city are inside (200,000 offerings in the benchmark: 0.0008°); a sparse
    // catalogue widens to 2 km, 9 km, 35 km, 140 km, and beyond that the full sort is as cheap.
    private const double FirstHalfWidth = 0.005;
    private const int Widenings = 5;

    public static double Squeeze(double latitude) => Math.Cos(latitude * Math.PI / 180);

    /// <summary>The boxes to try in turn, each four times as wide as the one before.</summary>
    public static IEnumerable<DistanceBox> Widening((double Latitude, double Longitude) near) =>
        Enumerable.Range(0, Widenings).Select(i => new DistanceBox(near.Latitude, near.Longitude, FirstHalfWidth * Math.Pow(4, i)));

    public IQueryable<Offering> Within(IQueryable<Offering> offerings)
    {
        var (south, north) = (Latitude - HalfWidth, Latitude + HalfWidth);
        var east = HalfWidth / Squeeze(Latitude);
        var (west, eastEdge) = (Longitude - east, Longitude + east);
        return offerings.Where(o => o.Latitude >= south && o.Latitude <= north && o.Longitude >= west && o.Longitude <= eastEdge);
    }

    /// <summary>
    /// Whether the box's page is the full sort's page: every offering outside the box is farther than the half-width,
    /// so if the page's last offering is nearer (and, with a language preference, held in that language), nothing outside
    /// could sort before it. The margin keeps rounding of the database's arithmetic on the safe side.
    /// </summary>
    public bool Proves(Offering last, int preferredLanguage) =>
        last is { Latitude: { } lat, Longitude: { } lon }
        && (preferredLanguage == 0 || (last.LanguageMask & preferredLanguage) != 0)
        && SquaredDistance(lat, lon) < HalfWidth * HalfWidth * 0.999;

    private double SquaredDistance(double latitude, double longitude)
    {
        var north = latitude - Latitude;
        var east = (longitude - Longitude) * Squeeze(Latitude);
        return north * north + east * east;
    }
}
