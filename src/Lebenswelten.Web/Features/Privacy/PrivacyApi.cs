using Lebenswelten.Core.Privacy;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Privacy;

public sealed record ErasureBody(bool Confirm);

public sealed record ConsentDto(Guid Id, string Purpose, string Text, string TextVersion, string Language,
    DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt, Guid? RegistrationId);

internal sealed record PrivacyServices(HttpContext Http, IStringLocalizer<PrivacyResource> Text);

/// <summary>
/// The data subject's rights for account holders, with a bearer token. Export and erasure need a recent login
/// (<see cref="Policies.RecentLogin"/>: a token from a login within minutes, not a refreshed one); otherwise 401
/// with code "ReauthenticationRequired".
/// </summary>
public static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Privacy").RequireAuthorization();
        me.MapPost("/export", ExportAsync).WithName("ExportMyData").RequireAuthorization(Policies.RecentLogin)
            .WithSummary("All data about me (GDPR Art. 15, 20) as JSON; needs a recent login. The export is audited.")
            .Produces<PersonalData>().ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapPost("/erasure", EraseAsync).WithName("EraseMe").RequireAuthorization(Policies.RecentLogin)
            .WithSummary("Erase my account and anonymise my registrations (GDPR Art. 17); body { confirm: true }; needs a recent login.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        me.MapGet("/consents", ConsentsAsync).WithName("ListMyConsents")
            .WithSummary("My consents, given and withdrawn, with the text I agreed to.").Produces<List<ConsentDto>>();
        me.MapPost("/consents/{id:guid}/withdraw", WithdrawAsync).WithName("WithdrawConsent")
            .WithSummary("Withdraw a consent (GDPR Art. 7(3)); the data it covered is removed.")
            .Produces<ConsentDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<PersonalData>, ProblemHttpResult>> ExportAsync(
        PersonalDataExport export, [AsParameters] PrivacyServices services, CancellationToken ct)
    {
        var outcome = await export.ForAccountAsync(services.Http.User.UserId()!, services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text) : TypedResults.Ok(outcome.Value!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EraseAsync(
        ErasureBody body, Erasure erasure, [AsParameters] PrivacyServices services, CancellationToken ct)
    {
        if (!body.Confirm)
        {
            return DomainProblem.Field("Confirm", "Required").ToProblem(services.Text);
        }
        var outcome = await erasure.EraseAccountAsync(services.Http.User.UserId()!, services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text) : TypedResults.NoContent();
    }

    private static async Task<Ok<List<ConsentDto>>> ConsentsAsync(ConsentBook consents, [AsParameters] PrivacyServices services,
        CancellationToken ct) =>
        TypedResults.Ok((await consents.ForUserAsync(services.Http.User.UserId()!, ct)).Select(c => ToDto(c, services.Text)).ToList());

    private static async Task<Results<Ok<ConsentDto>, ProblemHttpResult>> WithdrawAsync(
        Guid id, ConsentBook consents, [AsParameters] PrivacyServices services, CancellationToken ct)
    {
        var outcome = await consents.WithdrawAsync(id, services.Http.User.UserId(), null, services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text) : TypedResults.Ok(ToDto(outcome.Value!, services.Text));
    }

    public static ConsentDto ToDto(Consent c, IStringLocalizer text) =>
        new(c.Id, c.Purpose, text[$"Consent.{c.Purpose}"], c.TextVersion, c.Language, c.GivenAt, c.WithdrawnAt, c.RegistrationId);
}
