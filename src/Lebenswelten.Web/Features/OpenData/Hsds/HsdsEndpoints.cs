using System.Text.Json;
using System.Text.Json.Serialization;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.OpenData.Hsds;

/// <summary>
/// GET /api/sites/{site}/hsds/…: a site's public catalogue in Open Referral's HSDS 3.1 (its OpenAPI paths and paged list
/// shape, snake_case as HSDS writes it), for city portals and referral tools. Public and read-only; rate-limited like
/// the catalogue search against scraping (ASVS V11.1.4).
/// </summary>
internal static class HsdsEndpoints
{
    public const string HsdsVersion = "3.1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var hsds = app.MapGroup("/api/sites/{site}/hsds").WithTags("Open data").AllowAnonymous().RequireRateLimiting(RateLimits.Search);
        hsds.MapGet("", MetaAsync).WithName("HsdsMeta").WithSummary("Which HSDS version this API follows, and where its description is.");
        hsds.MapGet("/services", ServicesAsync).WithName("HsdsServices")
            .WithSummary("The site's public offerings as HSDS services (one-to-one fields), paged; taxonomy_term_id narrows them.");
        hsds.MapGet("/services/{id:guid}", ServiceAsync).WithName("HsdsService")
            .WithSummary("One public offering as a fully nested HSDS service: schedules, languages, costs, contacts, location, taxonomy.");
        hsds.MapGet("/organizations", OrganizationsAsync).WithName("HsdsOrganizations")
            .WithSummary("The providers with public offerings at the site, paged.");
        hsds.MapGet("/organizations/{id:guid}", OrganizationAsync).WithName("HsdsOrganization").WithSummary("One provider with public offerings.");
        hsds.MapGet("/locations", LocationsAsync).WithName("HsdsLocations").WithSummary("The venues of the public offerings, paged.");
        hsds.MapGet("/service_at_locations", ServiceAtLocationsAsync).WithName("HsdsServiceAtLocations")
            .WithSummary("Each public offering at its venue, with both nested, paged.");
        hsds.MapGet("/taxonomies", TaxonomiesAsync).WithName("HsdsTaxonomies").WithSummary("The catalogue's two taxonomies (category, target group).");
        hsds.MapGet("/taxonomy_terms", TermsAsync).WithName("HsdsTaxonomyTerms")
            .WithSummary("Every category and target group as an HSDS taxonomy term: the published mapping.");
    }

    private static async Task<Results<JsonHttpResult<HsdsMeta>, ProblemHttpResult>> MetaAsync(string site, [AsParameters] HsdsContext context, CancellationToken ct) =>
        await context.SiteAsync(site, ct) is not { } found ? context.SiteNotFound()
            : TypedResults.Json(new HsdsMeta(HsdsVersion, "https://docs.openreferral.org/en/latest/hsds/overview.html",
                context.Address.Link("/openapi/v1.json")), Json);

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsService>>, ProblemHttpResult>> ServicesAsync(string site,
        [AsParameters] HsdsPaging paging, [FromQuery(Name = "taxonomy_term_id")] string? term, [AsParameters] HsdsContext context, CancellationToken ct)
    {
        var (found, query, problem) = await context.QueryAsync(site, paging, term, ct);
        if (problem is not null)
        {
            return problem;
        }
        var page = await context.Catalogue.SearchAsync(query!, ct);
        var map = context.Mapping(found!);
        return TypedResults.Json(HsdsPaging.Of([.. page.Items.Select(map.Service)], page.Page, page.PageSize, page.Total), Json);
    }

    private static async Task<Results<JsonHttpResult<HsdsService>, ProblemHttpResult>> ServiceAsync(string site, Guid id, [AsParameters] HsdsContext context,
        CancellationToken ct)
    {
        if (await context.SiteAsync(site, ct) is not { } found)
        {
            return context.SiteNotFound();
        }
        // Another site's offering is not found here, as a draft is nowhere (docs/dev/api-conventions.md).
        return await context.Catalogue.FindPublicAsync(id, ct) is { } offering && offering.SiteId == found.Id
            ? TypedResults.Json(context.Mapping(found).FullService(offering), Json)
            : DomainProblem.NotFound("Hsds.Service.NotFound").ToProblem(context.Text);
    }

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsOrganization>>, ProblemHttpResult>> OrganizationsAsync(string site,
        [AsParameters] HsdsPaging paging, [AsParameters] HsdsContext context, CancellationToken ct)
    {
        var (found, query, problem) = await context.QueryAsync(site, paging, null, ct);
        if (problem is not null)
        {
            return problem;
        }
        var (items, total) = await context.Providers.ListAsync(found!.Id, query!.Page, query.PageSize, ct);
        return TypedResults.Json(HsdsPaging.Of([.. items.Select(context.Mapping(found).Organization)], query.Page, query.PageSize, total), Json);
    }

    private static async Task<Results<JsonHttpResult<HsdsOrganization>, ProblemHttpResult>> OrganizationAsync(string site, Guid id,
        [AsParameters] HsdsContext context, CancellationToken ct)
    {
        if (await context.SiteAsync(site, ct) is not { } found)
        {
            return context.SiteNotFound();
        }
        return await context.Providers.FindAsync(found.Id, id, ct) is { } provider
            ? TypedResults.Json(context.Mapping(found).Organization(provider), Json)
            : DomainProblem.NotFound("Hsds.Organization.NotFound").ToProblem(context.Text);
    }

    private static Task<Results<JsonHttpResult<HsdsPage<HsdsLocation>>, ProblemHttpResult>> LocationsAsync(string site,
        [AsParameters] HsdsPaging paging, [AsParameters] HsdsContext context, CancellationToken ct) =>
        CataloguePageAsync<HsdsLocation>(site, paging, context, map => map.Location, ct);

    private static Task<Results<JsonHttpResult<HsdsPage<HsdsServiceAtLocation>>, ProblemHttpResult>> ServiceAtLocationsAsync(string site,
        [AsParameters] HsdsPaging paging, [AsParameters] HsdsContext context, CancellationToken ct) =>
        CataloguePageAsync<HsdsServiceAtLocation>(site, paging, context, map => o => map.ServiceAtLocation(o) with { Location = map.Location(o), Service = map.Service(o) }, ct);

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomy>>, ProblemHttpResult>> TaxonomiesAsync(string site,
        [AsParameters] HsdsContext context, CancellationToken ct) =>
        await context.SiteAsync(site, ct) is null ? context.SiteNotFound()
            : TypedResults.Json(All(HsdsTaxonomies.All(context.Text, context.Address.Link($"/api/sites/{site}/hsds/taxonomy_terms"))), Json);

    private static async Task<Results<JsonHttpResult<HsdsPage<HsdsTaxonomyTerm>>, ProblemHttpResult>> TermsAsync(string site,
        [AsParameters] HsdsContext context, CancellationToken ct) =>
        await context.SiteAsync(site, ct) is null ? context.SiteNotFound() : TypedResults.Json(All(HsdsTaxonomies.Terms(context.Text)), Json);

    private static HsdsPage<T> All<T>(IReadOnlyList<T> items) => HsdsPaging.Of(items, 1, Math.Max(1, items.Count), items.Count);

    private static async Task<Results<JsonHttpResult<HsdsPage<T>>, ProblemHttpResult>> CataloguePageAsync<T>(string site, HsdsPaging paging,
        [AsParameters] HsdsContext context, Func<HsdsMapping, Func<Offering, T>> select, CancellationToken ct)
    {
        var (found, query, problem) = await context.QueryAsync(site, paging, null, ct);
        if (problem is not null)
        {
            return problem;
        }
        var page = await context.Catalogue.SearchAsync(query!, ct);
        return TypedResults.Json(HsdsPaging.Of([.. page.Items.Select(select(context.Mapping(found!)))], page.Page, page.PageSize, page.Total), Json);
    }
}
