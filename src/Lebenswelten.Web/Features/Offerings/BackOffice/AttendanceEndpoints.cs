using Lebenswelten.Core.Offerings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>Who came to a session, sent as a whole list (the tick list of the attendance page).</summary>
public sealed record AttendanceDto(List<Guid>? Present);

/// <summary>One person's attendance over the offering and the certificate status.</summary>
public sealed record PersonAttendanceDto(Guid RegistrationId, string Name, int Attended, int Sessions, int Required, bool CertificateEarned,
    List<Guid> PresentAt)
{
    public static PersonAttendanceDto From(PersonAttendance p) => new(p.Registration.Id, p.Registration.Name, p.Share.Attended,
        p.Share.Sessions, p.Required, p.IsEligible, [.. p.PresentAt]);
}

public sealed record ParticipantMessageDto(MessageAudience Audience, string? Subject, string? Text);

public sealed record ParticipantMessageSentDto(int Sent, List<string> WithoutEmail);

/// <summary>
/// GET /api/offerings/{id}/attendance, PUT /api/offerings/{id}/sessions/{sessionId}/attendance,
/// POST /api/offerings/{id}/messages: the provider's tablet or software over the same AttendanceBook and
/// ParticipantMessages as the pages. Another organisation's offering answers 404; a session not begun 422.
/// </summary>
internal static class AttendanceEndpoints
{
    public static void Map(RouteGroupBuilder offerings)
    {
        offerings.MapGet("/{id:guid}/attendance", OverviewAsync).WithName("GetOfferingAttendance").RequireAuthorization()
            .WithSummary("Per person: sessions attended and whether the 80 % certificate is earned (audited read).")
            .Produces<List<PersonAttendanceDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        offerings.MapPut("/{id:guid}/sessions/{sessionId:guid}/attendance", RecordAsync).WithName("RecordSessionAttendance")
            .RequireAuthorization()
            .WithSummary("Who came to one session: the listed registrations present, every other confirmed one absent.")
            .Produces<List<PersonAttendanceDto>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        offerings.MapPost("/{id:guid}/messages", MessageAsync).WithName("MessageOfferingParticipants").RequireAuthorization()
            .WithSummary("A mail to the participants, the waiting list or everyone registered, through the outbox.")
            .Produces<ParticipantMessageSentDto>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<List<PersonAttendanceDto>>, ProblemHttpResult>> OverviewAsync(Guid id, AttendanceBook book,
        HttpContext http, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        var outcome = await book.OverviewAsync(id, http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(outcome.Value!.People.Select(PersonAttendanceDto.From).ToList());
    }

    private static async Task<Results<Ok<List<PersonAttendanceDto>>, ProblemHttpResult>> RecordAsync(Guid id, Guid sessionId,
        AttendanceDto body, AttendanceBook book, HttpContext http, IStringLocalizer<OfferingsResource> text, CancellationToken ct)
    {
        var recorded = await book.RecordAsync(id, sessionId, body.Present ?? [], http.AuditActor(), ct);
        if (recorded.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        return await OverviewAsync(id, book, http, text, ct);
    }

    private static async Task<Results<Ok<ParticipantMessageSentDto>, ProblemHttpResult>> MessageAsync(Guid id,
        ParticipantMessageDto body, ParticipantMessages messages, HttpContext http, IStringLocalizer<OfferingsResource> text,
        CancellationToken ct)
    {
        var outcome = await messages.SendAsync(id, new ParticipantMessageDraft(body.Audience, body.Subject, body.Text),
            http.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text)
            : TypedResults.Ok(new ParticipantMessageSentDto(outcome.Value!.Sent, [.. outcome.Value.WithoutEmail]));
    }
}
