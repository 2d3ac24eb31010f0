using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>An indicator definition as the API takes it (docs/en/needs.md, "Defining indicators").</summary>
public sealed record IndicatorBody(string? Key, string? Name, string? Description, string? Source, string? Unit, string? Topic,
    IndicatorKind? Kind, IndicatorDirection? Direction, IndicatorPrivacy? Privacy)
{
    public IndicatorDraft ToDraft() => new(Key, Name, Description, Source, Unit, Topic, Kind, Direction, Privacy);
}

/// <summary>POST, PUT and DELETE /api/sites/{site}/indicators[/{indicator}]: the site's coordinators define its indicators.</summary>
internal static class IndicatorEndpoints
{
    public static void Map(RouteGroupBuilder sites)
    {
        sites.MapPost("/indicators", CreateAsync).WithName("CreateIndicator").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("Define an indicator (key made from the name unless given).")
            .Produces<IndicatorDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        sites.MapPut("/indicators/{indicator:guid}", UpdateAsync).WithName("UpdateIndicator").RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("Change an indicator's definition; its key stays, its kind only while it has no values.")
            .Produces<IndicatorDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        sites.MapDelete("/indicators/{indicator:guid}", DeleteAsync).WithName("DeleteIndicator")
            .RequireAuthorization(Policies.SiteCoordinator)
            .WithSummary("Delete an indicator without values or goals; one with them answers 409 (set it internal instead).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<IndicatorDto>, ProblemHttpResult>> CreateAsync(string site, IndicatorBody body,
        SiteDirectory sites, IndicatorDefinitions definitions, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await definitions.CreateAsync(found.Id, body.ToDraft(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Created($"/api/sites/{found.Slug}/indicators/{outcome.Value!.Id}", IndicatorDto.From(outcome.Value));
    }

    private static async Task<Results<Ok<IndicatorDto>, ProblemHttpResult>> UpdateAsync(string site, Guid indicator, IndicatorBody body,
        SiteDirectory sites, IndicatorDefinitions definitions, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await definitions.UpdateAsync(found.Id, indicator, body.ToDraft(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(IndicatorDto.From(outcome.Value!));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string site, Guid indicator,
        SiteDirectory sites, IndicatorDefinitions definitions, IStringLocalizer<NeedsResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        var outcome = await definitions.DeleteAsync(found.Id, indicator, ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }
}
