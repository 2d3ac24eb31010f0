using System.Text;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Hosting;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>
/// A site's whole public catalogue for other systems, with the catalogue's filters (category, district, targetGroup,
/// q, …): GET /api/sites/{site}/calendar.ics, every session as an iCalendar subscription (RFC 5545) for calendar apps and
/// city portals, and GET /api/sites/{site}/catalogue.csv for open-data portals, under the operator's licence
/// (<c>OpenData:Licence</c>). Polled by machines, so cacheable (ETag, Last-Modified, 304) and held to a rate limit.
/// </summary>
internal static class CatalogueExports
{
    /// <summary>At most this many offerings in a feed; a filter narrows a bigger site.</summary>
    public const int MaxFeedOfferings = 500;
    public const int MaxCsvOfferings = 10_000;
    public const string LicenceKey = "OpenData:Licence";
    /// <summary>The licence German open-data portals (GovData) use most; the operator names theirs.</summary>
    public const string DefaultLicence = "dl-de/by-2-0";
    public const string FeedRoute = "SiteCalendarFeed";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sites/{site}/calendar.ics", FeedAsync).WithName(FeedRoute).WithTags("Offerings").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Feed)
            .WithSummary("The site's public sessions as an iCalendar subscription, filtered like the catalogue; ETag and 304.")
            .Produces(StatusCodes.Status200OK, contentType: OfferingCalendar.ContentType).Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/sites/{site}/catalogue.csv", CsvAsync).WithName("SiteCatalogueCsv").WithTags("Offerings").AllowAnonymous()
            .RequireRateLimiting(RateLimits.Feed)
            .WithSummary("The site's public catalogue as CSV for open-data portals (columns in docs/en/open-data.md), with the licence.")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueCsv.ContentType).Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> FeedAsync(string site, [AsParameters] CatalogueFilter filter, [AsParameters] ExportServices services,
        HttpContext context, CancellationToken ct) =>
        ExportAsync(site, filter, services, context, MaxFeedOfferings, (offerings, found) =>
            (Encoding.UTF8.GetBytes(OfferingCalendar.ToIcs(offerings, services.Localizer["Feed.Name", found.Name])),
                $"{OfferingCalendar.ContentType}; charset=utf-8", $"angebote-{found.Slug}.ics"), ct);

    private static Task<IResult> CsvAsync(string site, [AsParameters] CatalogueFilter filter, [AsParameters] ExportServices services,
        HttpContext context, IConfiguration configuration, PublicAddress address, CancellationToken ct) =>
        ExportAsync(site, filter, services, context, MaxCsvOfferings, (offerings, found) =>
            (CatalogueCsv.Write(offerings, id => address.Link($"/angebote/{id}"), configuration[LicenceKey] is { Length: > 0 } l ? l : DefaultLicence),
                $"{CatalogueCsv.ContentType}; charset=utf-8", $"angebote-{found.Slug}.csv"), ct);

    private static async Task<IResult> ExportAsync(string site, CatalogueFilter filter, ExportServices services, HttpContext context, int limit,
        Func<IReadOnlyList<Offering>, Site, (byte[] Body, string ContentType, string? FileName)> write, CancellationToken ct)
    {
        var selection = await (filter with { Site = site, Page = null, PageSize = null }).BuildAsync(services.Directory, ct);
        if (selection.SiteNotFound)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(services.Localizer);
        }
        if (selection.Problem is { } problem)
        {
            return problem.ToProblem(services.Localizer, StatusCodes.Status400BadRequest);
        }
        var offerings = await services.Catalogue.AllAsync(selection.Query, limit, ct);
        var (body, contentType, fileName) = write(offerings, selection.Site!);
        var modified = offerings.Count == 0 ? (DateTimeOffset?)null : offerings.Max(o => o.UpdatedAt);
        return ConditionalGet.File(context, body, contentType, modified, fileName);
    }

    /// <summary>The services both exports need, bound with [AsParameters].</summary>
    internal sealed record ExportServices(SiteDirectory Directory, OfferingCatalogue Catalogue, IStringLocalizer<OfferingsResource> Localizer);
}
