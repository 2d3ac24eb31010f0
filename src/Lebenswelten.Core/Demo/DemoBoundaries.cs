using System.Globalization;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// Sample boundaries for sites without open boundary data (Gera, Weimar): a grid of blocks around the city centre,
/// one per real district name, marked as sample data until a coordinator imports the real ones.
/// </summary>
public static class DemoBoundaries
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Centres = new()
    {
        ["gera"] = (50.8806, 12.0833),
        ["weimar"] = (50.9795, 11.3235),
    };

    private const double Width = 0.022;  // about 1.5 km east–west at 51° N
    private const double Height = 0.0135; // about 1.5 km north–south

    public static List<District> Grid(string siteSlug, List<District> districts)
    {
        if (!Centres.TryGetValue(siteSlug, out var centre))
        {
            return districts;
        }
        var columns = (int)Math.Ceiling(Math.Sqrt(districts.Count));
        var rows = (int)Math.Ceiling(districts.Count / (double)columns);
        for (var i = 0; i < districts.Count; i++)
        {
            var west = centre.Lon + (i % columns - columns / 2.0) * Width;
            var north = centre.Lat + (rows / 2.0 - i / columns) * Height;
            districts[i].BoundaryGeoJson = Rectangle(west, north - Height, west + Width, north);
            districts[i].IsSampleBoundary = true;
        }
        return districts;
    }

    private static string Rectangle(double west, double south, double east, double north)
    {
        static string P(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"[{lon:0.#####},{lat:0.#####}]");
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{P(west, south)},{P(east, south)},"
            + $"{P(east, north)},{P(west, north)},{P(west, south)}]]}}";
    }
}
