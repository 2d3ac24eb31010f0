using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>
/// GET, DELETE and accept on one registration, for its account (bearer token) or its guest (the personal
/// link's token in the header X-Registration-Token or as ?token=). To anyone else it does not exist: 404.
/// </summary>
internal static class RegistrationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRegistration")
            .WithSummary("Status and waiting-list position of one's own registration.")
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
        group.MapDelete("/{id:guid}", CancelAsync).WithName("CancelRegistration")
            .WithSummary("Cancel one's own registration; a freed place goes to the first person on the waiting list.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).AllowAnonymous();
        group.MapPost("/{id:guid}/accept", AcceptAsync).WithName("AcceptOfferedPlace")
            .WithSummary("Accept a place offered from the waiting list, before the offer expires.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).AllowAnonymous();
    }

    private static async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> GetAsync(Guid id, string? token,
        PersonalLinkCaller caller, RegistrationService registrations, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        if (await registrations.FindForAsync(id, caller.Actor(token), ct) is not { } registration)
        {
            return DomainProblem.NotFound("Registration.NotFound").ToProblem(text);
        }
        return TypedResults.Ok(RegistrationDto.From(registration, await registrations.PositionAsync(registration, ct)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, string? token,
        PersonalLinkCaller caller, RegistrationService registrations, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        var outcome = await registrations.CancelAsync(id, caller.Actor(token), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> AcceptAsync(Guid id, string? token,
        PersonalLinkCaller caller, RegistrationService registrations, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        var outcome = await registrations.AcceptOfferAsync(id, caller.Actor(token), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var registration = (await registrations.FindForAsync(id, caller.Actor(token), ct))!;
        return TypedResults.Ok(RegistrationDto.From(registration, null));
    }
}
