using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;

namespace Lebenswelten.Core.Sites;

public sealed record PostcodeCentroid(string Postcode, string City, double Latitude, double Longitude);

/// <summary>
/// Approximate centre points of the demo cities' postcodes, for "sort by distance to my postcode"
/// (sample data, see data/postcodes/SOURCE.md; an operator may ship real ones in the same format).
/// </summary>
public static class PostcodeCentroids
{
    public const string ResourceName = "postcodes/postcode-centroids.csv";

    private static readonly Lazy<IReadOnlyDictionary<string, PostcodeCentroid>> All = new(Load);

    public static PostcodeCentroid? Find(string? postcode) =>
        postcode is not null && All.Value.TryGetValue(postcode.Trim(), out var centroid) ? centroid : null;

    /// <summary>The postcodes the file lists for a city (its name as the site is called, e.g. "Jena").</summary>
    public static IEnumerable<PostcodeCentroid> InCity(string city) =>
        All.Value.Values.Where(c => string.Equals(c.City, city, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, PostcodeCentroid> Load()
    {
        using var stream = typeof(PostcodeCentroids).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Lebenswelten.Core.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        return csv.GetRecords<Row>()
            .Select(r => new PostcodeCentroid(r.Postcode.Trim(), r.City.Trim(), r.Latitude, r.Longitude))
            .ToDictionary(c => c.Postcode, StringComparer.Ordinal);
    }

    private sealed class Row
    {
        [Name("postcode")] public string Postcode { get; set; } = "";
        [Name("city")] public string City { get; set; } = "";
        [Name("latitude")] public double Latitude { get; set; }
        [Name("longitude")] public double Longitude { get; set; }
    }
}
