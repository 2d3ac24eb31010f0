using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// POST /api/telemedicine/appointments, GET and DELETE /api/telemedicine/appointments/{id}, POST …/{id}/verify,
/// GET /api/me/appointments.
/// A guest proves an appointment is theirs with the personal link's token (header X-Appointment-Token, or ?token=);
/// to anyone else it does not exist: 404.
/// </summary>
internal static class TelemedicineAppointmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var appointments = app.MapGroup("/api/telemedicine/appointments").WithTags("Telemedicine");
        appointments.MapPost("", BookAsync).WithName("BookTelemedicineAppointment")
            .WithSummary("Book a slot: the practice's time and a room together, or neither. "
                + "With a bearer token for the account, without one as a guest.")
            .Produces<AppointmentCreatedDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .AllowAnonymous().RequireRateLimiting(RateLimits.Registration);
        appointments.MapGet("/{id:guid}", GetAsync).WithName("GetTelemedicineAppointment")
            .WithSummary("One's own appointment: time, place, status, check-in code.")
            .Produces<AppointmentDto>().ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
        appointments.MapDelete("/{id:guid}", CancelAsync).WithName("CancelTelemedicineAppointment")
            .WithSummary("Cancel one's own appointment, until the practice's deadline; slot and room are free again at once.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).AllowAnonymous();
        appointments.MapPost("/{id:guid}/verify", VerifyAsync).WithName("VerifyTelemedicineAppointment")
            .WithSummary("A guest verifies the e-mail address of a booking with the code from the mail "
                + "(with the personal link's token); five tries.")
            .Produces<AppointmentDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .AllowAnonymous().RequireRateLimiting(RateLimits.Registration);
        app.MapGet("/api/me/appointments", MineAsync).WithTags("Telemedicine").WithName("ListMyAppointments")
            .WithSummary("The caller's own video consultations, newest first.").RequireAuthorization();
    }

    private static async Task<Results<Created<AppointmentCreatedDto>, ProblemHttpResult, UnauthorizedHttpResult>> BookAsync(
        BookAppointmentRequest body, PersonalLinkCaller caller, HttpContext context, BookingService booking, UserManager<AppUser> users,
        IMessageLinks links, IStringLocalizer<TelemedicineResource> text, CancellationToken ct)
    {
        var language = Localization.MailLanguage(body.Language);
        var patient = caller.UserId is { } userId
            ? await Patients.ForAccountAsync(users, userId, body.Phone, language)
            : Patients.ForGuest(body.Name, body.Email, body.Phone, language);
        if (patient is null)
        {
            return TypedResults.Unauthorized();
        }
        if (body.Kind is not { } kind)
        {
            return DomainProblem.Field(nameof(body.Kind), "Required").ToProblem(text);
        }
        var outcome = await booking.BookAsync(new BookingRequest(body.SlotId ?? "", body.RoomId, kind, patient, body.Reason),
            context.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem(text);
        }
        var (appointment, token) = outcome.Value!;
        return TypedResults.Created($"/api/telemedicine/appointments/{appointment.Id}", new AppointmentCreatedDto(appointment.Id,
            appointment.Status, appointment.StartsAt, appointment.EndsAt, appointment.CheckInCode,
            token is null ? null : links.ManageAppointment(appointment.Id, token), appointment.HoldExpiresAt));
    }

    private static async Task<Results<Ok<AppointmentDto>, ProblemHttpResult>> VerifyAsync(Guid id, string? token,
        VerifyAppointmentRequest body, PersonalLinkCaller caller, HttpContext context, ContactVerification verification,
        IStringLocalizer<TelemedicineResource> text, CancellationToken ct)
    {
        var outcome = await verification.VerifyWithCodeAsync(id, caller.AppointmentActor(token), body.Code, context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.Ok(AppointmentDto.From(outcome.Value!));
    }

    private static async Task<Results<Ok<AppointmentDto>, ProblemHttpResult>> GetAsync(Guid id, string? token, PersonalLinkCaller caller,
        PatientAppointments appointments, IStringLocalizer<TelemedicineResource> text, CancellationToken ct) =>
        await appointments.FindAsync(id, caller.AppointmentActor(token), ct) is { } appointment
            ? TypedResults.Ok(AppointmentDto.From(appointment))
            : DomainProblem.NotFound("Appointment.NotFound").ToProblem(text);

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, string? token, PersonalLinkCaller caller,
        HttpContext context, BookingService booking, IStringLocalizer<TelemedicineResource> text, CancellationToken ct)
    {
        var outcome = await booking.CancelByPatientAsync(id, caller.AppointmentActor(token), context.AuditActor(), ct);
        return outcome.Problem is { } problem ? problem.ToProblem(text) : TypedResults.NoContent();
    }

    private static async Task<Ok<List<AppointmentDto>>> MineAsync(HttpContext context, PatientAppointments appointments,
        CancellationToken ct) =>
        TypedResults.Ok((await appointments.MineAsync(context.User.UserId()!, ct)).Select(AppointmentDto.From).ToList());
}
