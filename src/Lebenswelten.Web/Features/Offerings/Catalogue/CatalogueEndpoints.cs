using System.Text;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Shared.Api;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>GET /api/offerings and GET /api/offerings/{id} (public), and the calendar file of an offering.</summary>
internal static class CatalogueEndpoints
{
    public static void Map(RouteGroupBuilder offerings)
    {
        offerings.MapGet("", SearchAsync).WithName("SearchOfferings").AllowAnonymous().RequireRateLimiting(RateLimits.Search)
            .CacheOutput(CatalogueCache.Policy)
            .WithSummary("Search the public catalogue of published offerings that have not ended.")
            .Produces<PageOf<OfferingSummaryDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        offerings.MapGet("/{id:guid}", GetAsync).WithName("GetOffering").AllowAnonymous().CacheOutput(CatalogueCache.Policy)
            .WithSummary("One published, cancelled or finished offering with all its sessions; drafts are not found.")
            .Produces<OfferingDetailsDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>GET /angebote/{id}/kalender.ics: every session, for phone calendars.</summary>
    public static void MapCalendar(IEndpointRouteBuilder app) =>
        app.MapGet("/angebote/{id:guid}/kalender.ics", CalendarAsync).WithName(CatalogueLinks.CalendarRoute).AllowAnonymous()
            .CacheOutput(CatalogueCache.Policy)
            .ExcludeFromDescription();

    private static async Task<Results<Ok<PageOf<OfferingSummaryDto>>, ProblemHttpResult>> SearchAsync(
        [AsParameters] CatalogueFilter filter, SiteDirectory directory, OfferingCatalogue catalogue, TimeProvider clock,
        IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        var selection = await filter.BuildAsync(directory, ct);
        if (selection.SiteNotFound)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        if (selection.Problem is { } problem)
        {
            // A query string that does not make sense is a bad request, with every wrong field named.
            return problem.ToProblem(text, StatusCodes.Status400BadRequest);
        }
        var page = await catalogue.SearchAsync(selection.Query, ct);
        var sites = await directory.ListAsync(ct);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(PageOf<OfferingSummaryDto>.Of(
            page.Items.Select(o => OfferingSummaryDto.From(o, sites, now)).ToList(), page.Page, page.PageSize, page.Total)
            with { TotalCapped = page.TotalCapped });
    }

    private static async Task<Results<Ok<OfferingDetailsDto>, ProblemHttpResult>> GetAsync(
        Guid id, OfferingCatalogue catalogue, SiteDirectory directory, TimeProvider clock,
        IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        if (await catalogue.FindPublicAsync(id, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound").ToProblem(text);
        }
        return TypedResults.Ok(OfferingDetailsDto.From(offering, await directory.ListAsync(ct), clock.GetUtcNow()));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarAsync(
        Guid id, OfferingCatalogue catalogue, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        if (await catalogue.FindPublicAsync(id, ct) is not { } offering)
        {
            return DomainProblem.NotFound("Offering.NotFound").ToProblem(text);
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(OfferingCalendar.ToIcs(offering)),
            $"{OfferingCalendar.ContentType}; charset=utf-8", OfferingCalendar.FileName(offering));
    }
}
