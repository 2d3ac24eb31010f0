using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Offerings.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// POST /api/offerings, PUT /api/offerings/{id}, POST /api/offerings/{id}/cancel, GET and POST /api/offerings/{id}/participants:
/// for providers, coordinators and administrators, with a bearer token. Who may act is the domain's decision
/// (OfferingAccess): another organisation's offering answers 404, so that its existence does not leak.
/// </summary>
internal static class EditingEndpoints
{
    public static void Map(RouteGroupBuilder offerings)
    {
        offerings.MapPost("", CreateAsync).WithName("CreateOffering").RequireAuthorization()
            .WithSummary("Create an offering for one of your organisations at a site (a draft unless publish is true).")
            .Produces<OfferingDetailsDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        offerings.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateOffering").RequireAuthorization()
            .WithSummary("Change an offering; registrations are kept, a raised capacity moves the waiting list up.")
            .Produces<OfferingDetailsDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        offerings.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelOffering").RequireAuthorization()
            .WithSummary("Cancel an offering; everyone registered gets a mail with the reason.")
            .Produces<OfferingDetailsDto>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        offerings.MapGet("/{id:guid}/participants", ParticipantsAsync).WithName("ListOfferingParticipants").RequireAuthorization()
            .WithSummary("Who registered, with status and waiting-list position (personal data: the read is audited).")
            .Produces<List<ParticipantDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        offerings.MapPost("/{id:guid}/participants", RegisterByPhoneAsync).WithName("RegisterParticipantByPhone").RequireAuthorization()
            .WithSummary("Register someone who called: the same rules as self-registration; the consent is recorded as given by phone.")
            .Produces<ParticipantDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Created<OfferingDetailsDto>, ProblemHttpResult>> CreateAsync(
        OfferingDraftDto body, [AsParameters] EditingServices services, CancellationToken ct)
    {
        if (await services.Sites.FindAsync(body.Site ?? "", ct) is not { } site)
        {
            return DomainProblem.Field(nameof(body.Site), "Unknown").ToProblem(services.Text);
        }
        var draft = body.ToDraft();
        var outcome = draft.Problem is { } invalid ? invalid : await services.Editor.CreateAsync(site.Id, draft.Value!,
            services.Http.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(services.Text);
        }
        var id = outcome.Value!.Id;
        return TypedResults.Created(services.Paths.GetPathByName(services.Http, "GetOffering", new { id }),
            await services.DetailsAsync(id, ct));
    }

    private static async Task<Results<Ok<OfferingDetailsDto>, ProblemHttpResult>> UpdateAsync(
        Guid id, OfferingDraftDto body, OfferingAccess access, [AsParameters] EditingServices services, CancellationToken ct)
    {
        // To anyone but its managers the offering does not exist: 404 before the body is even read.
        if (await services.Catalogue.FindAsync(id, ct) is not { } existing
            || !await access.CanManageAsync(services.Http.User.UserId(), existing, ct))
        {
            return DomainProblem.NotFound("Offering.NotFound").ToProblem(services.Text);
        }
        var draft = body.ToDraft();
        var outcome = draft.Problem is { } invalid ? invalid : await services.Editor.UpdateAsync(id, draft.Value!,
            services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text) : TypedResults.Ok(await services.DetailsAsync(id, ct));
    }

    private static async Task<Results<Ok<OfferingDetailsDto>, ProblemHttpResult>> CancelAsync(
        Guid id, CancelOfferingDto? body, [AsParameters] EditingServices services, CancellationToken ct)
    {
        var outcome = await services.Editor.CancelAsync(id, body?.Reason, services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text) : TypedResults.Ok(await services.DetailsAsync(id, ct));
    }

    private static async Task<Results<Ok<List<ParticipantDto>>, ProblemHttpResult>> ParticipantsAsync(
        Guid id, AttendanceBook book, [AsParameters] EditingServices services, CancellationToken ct)
    {
        var outcome = await book.ParticipantsAsync(id, services.Http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(services.Text)
            : TypedResults.Ok(outcome.Value!.Participants.Select(ParticipantDto.From).ToList());
    }
    /// <summary>201 with the new entry; its Location is the offering's list, where its managers see it (no one else may).</summary>
    private static async Task<Results<Created<ParticipantDto>, ProblemHttpResult>> RegisterByPhoneAsync(
        Guid id, PhoneRegistrationDto body, RegistrationService registrations, [AsParameters] EditingServices services, CancellationToken ct)
    {
        var outcome = await registrations.RegisterByPhoneAsync(id, body.ToDraft(), services.Http.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(services.Text);
        }
        var receipt = outcome.Value!;
        return TypedResults.Created(services.Paths.GetPathByName(services.Http, "ListOfferingParticipants", new { id }),
            ParticipantDto.From(new Participant(receipt.Registration, receipt.WaitingListPosition)));
    }
}

/// <summary>The services every editing endpoint needs, bound in one go.</summary>
internal sealed record EditingServices(
    HttpContext Http, SiteDirectory Sites, OfferingEditor Editor, OfferingCatalogue Catalogue, TimeProvider Clock,
    IStringLocalizer<OfferingsResource> Text, LinkGenerator Paths)
{
    /// <summary>The offering as it now stands, read back with its provider and district.</summary>
    public async Task<OfferingDetailsDto> DetailsAsync(Guid id, CancellationToken ct) =>
        OfferingDetailsDto.From((await Catalogue.FindAsync(id, ct))!, await Sites.ListAsync(ct), Clock.GetUtcNow());
}
