using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>POST /api/offerings/{id}/registrations, DELETE /api/registrations/{id}, GET /api/me/registrations, …</summary>
public static class RegistrationsApi
{
    public static void MapRegistrationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/offerings/{id:guid}/registrations", RegisterAsync)
            .WithTags("Registrations").WithName("RegisterForOffering")
            .WithSummary("Register for an offering: with a bearer token as the account holder (no body needed), "
                + "without one as a guest (name and e-mail required).")
            .AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = false,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(RegisterRequest), null, ct) },
                },
            })
            .Produces<RegistrationCreatedDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .AllowAnonymous().RequireRateLimiting(RateLimits.Registration);
        RegistrationEndpoints.Map(app.MapGroup("/api/registrations").WithTags("Registrations"));
        app.MapGet("/api/me/registrations", MyRegistrationsAsync)
            .WithTags("Registrations").WithName("ListMyRegistrations")
            .WithSummary("The caller's own registrations: active ones first, then past and cancelled ones.")
            .RequireAuthorization();
    }

    private static async Task<Results<Created<RegistrationCreatedDto>, ProblemHttpResult, UnauthorizedHttpResult>> RegisterAsync(
        Guid id, PersonalLinkCaller caller, [AsParameters] RegisterServices services, CancellationToken ct)
    {
        var (body, refusal) = await RegisterBody.ReadAsync(services, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        var request = body ?? new RegisterRequest();
        if (Registrants.FormatProblem(request.Sex) is { } format)
        {
            return format.ToProblem(services.Text);
        }
        var language = Localization.MailLanguage(request.Language);
        var who = caller.UserId is { } userId
            ? await Registrants.ForAccountAsync(services.Users, userId, request, language)
            : Registrants.ForGuest(request, language);
        if (who is null)
        {
            return TypedResults.Unauthorized();
        }
        var outcome = await services.Registrations.RegisterAsync(id, who, ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(services.Text);
        }
        var (registration, position, token) = outcome.Value!;
        var manageUrl = token is null ? null : services.Links.ManageRegistration(registration.Id, token);
        return TypedResults.Created(services.Paths.GetPathByName(services.Context, "GetRegistration", new { id = registration.Id }),
            new RegistrationCreatedDto(registration.Id, RegistrationDto.StatusName(registration.Status), position, manageUrl));
    }

    private static async Task<Ok<List<RegistrationDto>>> MyRegistrationsAsync(
        HttpContext context, Core.Data.LebensweltenDbContext db, RegistrationService registrations, CancellationToken ct) =>
        TypedResults.Ok((await MyRegistrations.ListAsync(db, registrations, context.User.UserId()!, ct))
            .Select(r => RegistrationDto.From(r.Registration, r.Position)).ToList());
}
