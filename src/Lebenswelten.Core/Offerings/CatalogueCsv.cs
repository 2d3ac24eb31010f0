using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// A site's public catalogue as one CSV file for city open-data portals: comma-separated, UTF-8, invariant numbers and
/// ISO dates (machine-readable, unlike the German spreadsheet export of funding), codes instead of translated names.
/// The columns are documented in docs/en/open-data.md; a column is never renamed or dropped, only appended.
/// A text that starts like a formula is written as text (CSV injection, OWASP).
/// </summary>
public static class CatalogueCsv
{
    public const string ContentType = "text/csv";

    public static byte[] Write(IEnumerable<Offering> offerings, Func<Guid, string> link, string licence)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            csv.WriteRecords(offerings.OrderBy(o => o.IsUndated).ThenBy(o => o.FirstSessionStart).ThenBy(o => o.Id).Select(o => RowOf(o, link, licence)));
        }
        return stream.ToArray();
    }

    private static Row RowOf(Offering o, Func<Guid, string> link, string licence) => new()
    {
        Id = o.Id,
        Title = o.Title,
        Description = OfferingMarkdown.ToPlainText(o.Description),
        Category = o.Category.ToString(),
        Kind = o.Kind.ToString(),
        TargetGroups = Names(o.TargetGroups),
        MinAge = o.MinAge,
        MaxAge = o.MaxAge,
        Languages = string.Join(" ", o.Languages),
        Accessibility = Names(o.Accessibility),
        Provider = o.Organisation?.Name ?? "",
        ProviderWebsite = o.Organisation?.Website,
        Venue = o.Venue.Name,
        Street = o.Venue.Street,
        PostalCode = o.Venue.PostalCode,
        City = o.Venue.City,
        District = o.District?.Key,
        Latitude = o.Latitude,
        Longitude = o.Longitude,
        FirstSession = o.FirstSessionStart?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        LastSessionEnd = o.LastSessionEnd?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Sessions = o.Sessions.Count,
        PriceEur = o.PriceCents / 100m,
        ReducedPriceEur = o.ReducedPriceCents / 100m,
        Certification = o.Certification.ToString(),
        Url = link(o.Id),
        LastModified = o.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Licence = licence,
    };

    /// <summary>The flags' names, space-separated ("Children Parents"); none is empty.</summary>
    private static string Names<T>(T flags) where T : struct, Enum =>
        string.Join(" ", Enum.GetValues<T>().Where(f => Convert.ToInt64(f, CultureInfo.InvariantCulture) != 0 && flags.HasFlag(f)));

    private sealed record Row
    {
        [Name("id")] public Guid Id { get; init; }
        [Name("title")] public string Title { get; init; } = "";
        [Name("description")] public string Description { get; init; } = "";
        [Name("category")] public string Category { get; init; } = "";
        [Name("kind")] public string Kind { get; init; } = "";
        [Name("target_groups")] public string TargetGroups { get; init; } = "";
        [Name("min_age")] public int? MinAge { get; init; }
        [Name("max_age")] public int? MaxAge { get; init; }
        [Name("languages")] public string Languages { get; init; } = "";
        [Name("accessibility")] public string Accessibility { get; init; } = "";
        [Name("provider")] public string Provider { get; init; } = "";
        [Name("provider_website")] public string? ProviderWebsite { get; init; }
        [Name("venue")] public string? Venue { get; init; }
        [Name("street")] public string? Street { get; init; }
        [Name("postal_code")] public string? PostalCode { get; init; }
        [Name("city")] public string? City { get; init; }
        [Name("district")] public string? District { get; init; }
        [Name("latitude")] public double? Latitude { get; init; }
        [Name("longitude")] public double? Longitude { get; init; }
        [Name("first_session")] public string? FirstSession { get; init; }
        [Name("last_session_end")] public string? LastSessionEnd { get; init; }
        [Name("sessions")] public int Sessions { get; init; }
        [Name("price_eur")] public decimal PriceEur { get; init; }
        [Name("reduced_price_eur")] public decimal? ReducedPriceEur { get; init; }
        [Name("certification")] public string Certification { get; init; } = "";
        [Name("url")] public string Url { get; init; } = "";
        [Name("last_modified")] public string LastModified { get; init; } = "";
        [Name("licence")] public string Licence { get; init; } = "";
    }
}
