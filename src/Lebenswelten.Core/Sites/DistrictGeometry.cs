using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Lebenswelten.Core.Sites;

/// <summary>Reads, checks and queries district boundaries (GeoJSON in WGS84) with NetTopologySuite.</summary>
public static class DistrictGeometry
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    /// <summary>Checks one Polygon/MultiPolygon geometry; returns the error code and detail, or null when it is sound.</summary>
    public static ImportError? Check(JsonElement geometry, int featureNumber)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type)
            || type.GetString() is not ("Polygon" or "MultiPolygon") || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            return new(featureNumber, "Import.NotAPolygon");
        }
        var polygons = type.GetString() == "Polygon" ? [coordinates] : coordinates.EnumerateArray().ToList();
        foreach (var rings in polygons)
        {
            foreach (var ring in rings.EnumerateArray())
            {
                var positions = ring.EnumerateArray().ToList();
                if (positions.Count < 4)
                {
                    return new(featureNumber, "Import.RingTooShort");
                }
                foreach (var position in positions)
                {
                    if (position.GetArrayLength() < 2 || position[0].ValueKind != JsonValueKind.Number
                        || position[1].ValueKind != JsonValueKind.Number)
                    {
                        return new(featureNumber, "Import.NotAPolygon");
                    }
                    var (lon, lat) = (position[0].GetDouble(), position[1].GetDouble());
                    if (lon is < -180 or > 180 || lat is < -90 or > 90)
                    {
                        return new(featureNumber, "Import.NotWgs84", FormattableString.Invariant($"{lon}, {lat}"));
                    }
                }
                if (positions[0][0].GetDouble() != positions[^1][0].GetDouble()
                    || positions[0][1].GetDouble() != positions[^1][1].GetDouble())
                {
                    return new(featureNumber, "Import.RingNotClosed");
                }
            }
        }
        var validity = new IsValidOp(Read(geometry.GetRawText())).ValidationError;
        return validity is null ? null
            : new(featureNumber, "Import.InvalidGeometry",
                FormattableString.Invariant($"{validity.Message} ({validity.Coordinate.X}, {validity.Coordinate.Y})"));
    }

    public static Geometry Read(string geoJson) => JsonSerializer.Deserialize<Geometry>(geoJson, GeoJson)!;
}
