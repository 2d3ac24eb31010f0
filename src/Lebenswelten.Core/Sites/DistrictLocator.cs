using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Lebenswelten.Core.Sites;

/// <summary>
/// A site's district boundaries, read once: "which district is this coordinate in" (point in polygon) and
/// "how far is it from that district" (metres), both with NetTopologySuite.
/// </summary>
public sealed class DistrictLocator
{
    /// <summary>Metres per degree of latitude on the mean Earth radius (6,371,008.8 m).</summary>
    private const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;

    private readonly List<(District District, Geometry Boundary, IPreparedGeometry Prepared)> boundaries;

    public DistrictLocator(IEnumerable<District> districts)
    {
        boundaries = [];
        foreach (var district in districts.Where(d => d.BoundaryGeoJson is not null).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var geometry = DistrictGeometry.Read(district.BoundaryGeoJson!);
            boundaries.Add((district, geometry, PreparedGeometryFactory.Prepare(geometry)));
        }
    }

    public bool HasBoundaries => boundaries.Count > 0;

    /// <summary>
    /// The district whose boundary contains the coordinate (a point on a shared border goes to the first by name), or null.
    /// </summary>
    public District? At(double latitude, double longitude)
    {
        var point = DistrictGeometry.Factory.CreatePoint(new Coordinate(longitude, latitude));
        return boundaries.FirstOrDefault(b => b.Prepared.Covers(point)).District;
    }

    /// <summary>
    /// The shortest distance in metres from the coordinate to the district's area (0 inside it), or null without a boundary.
    /// The boundary is projected onto a plane centred on the coordinate (equirectangular); within a city the error
    /// stays far below a metre per kilometre, so no geodesic library is needed.
    /// </summary>
    public double? MetresTo(District district, double latitude, double longitude)
    {
        if (boundaries.FirstOrDefault(b => b.District.Id == district.Id).Boundary is not { } boundary)
        {
            return null;
        }
        var projected = boundary.Copy();
        projected.Apply(new LocalPlane(latitude, longitude));
        projected.GeometryChanged();
        return projected.Distance(projected.Factory.CreatePoint(new Coordinate(0, 0)));
    }

    private sealed class LocalPlane(double latitude, double longitude) : IEntireCoordinateSequenceFilter
    {
        private readonly double metresPerDegreeLongitude = MetresPerDegree * Math.Cos(latitude * Math.PI / 180);

        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, (seq.GetX(i) - longitude) * metresPerDegreeLongitude);
                seq.SetY(i, (seq.GetY(i) - latitude) * MetresPerDegree);
            }
        }
    }
}
