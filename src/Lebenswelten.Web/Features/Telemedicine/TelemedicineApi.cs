using System.Text;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// A small JSON API for residents' apps over the same services as the pages: rooms, hours and free slots of a site
/// (public, no personal data), booking, one's own appointments, cancelling. Practice software uses /fhir.
/// </summary>
public static class TelemedicineApi
{
    /// <summary>The name of the appointment's calendar file address, for links to it (<c>Url.RouteUrl</c>).</summary>
    public const string CalendarRoute = "TelemedicineAppointmentCalendar";

    public static void MapTelemedicineApi(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/api/sites/{site}/telemedicine").WithTags("Telemedicine");
        site.MapGet("/rooms", RoomsAsync).WithName("ListTelemedicineRooms").AllowAnonymous()
            .WithSummary("The site's active telemedicine rooms with address, accessibility and opening hours.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        site.MapGet("/schedules", SchedulesAsync).WithName("ListConsultationSchedules").AllowAnonymous()
            .WithSummary("The practices' video consultation hours at the site: slot length, kinds, how far ahead.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        site.MapGet("/slots", SlotsAsync).WithName("ListTelemedicineSlots").AllowAnonymous()
            .WithSummary("Free slots between two Europe/Berlin dates (at most 62 days; default: the coming 7 days).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        TelemedicineAppointmentEndpoints.Map(app);
        app.MapGet("/telemedizin/termine/{id:guid}/kalender.ics", CalendarAsync).WithName(CalendarRoute).AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static async Task<Results<Ok<List<RoomDto>>, ProblemHttpResult>> RoomsAsync(string site, SiteDirectory sites, RoomEditor rooms,
        IStringLocalizer<TelemedicineResource> text, CancellationToken ct) =>
        await sites.FindAsync(site, ct) is { } found
            ? TypedResults.Ok((await rooms.ListAsync(found.Id, ct)).Where(r => r.IsActive).Select(RoomDto.From).ToList())
            : DomainProblem.NotFound("Site.NotFound").ToProblem(text);

    private static async Task<Results<Ok<List<ScheduleDto>>, ProblemHttpResult>> SchedulesAsync(string site, SiteDirectory sites,
        ScheduleEditor schedules, IStringLocalizer<TelemedicineResource> text, CancellationToken ct) =>
        await sites.FindAsync(site, ct) is { } found
            ? TypedResults.Ok((await schedules.ListAsync(found.Id, null, ct)).Where(s => s.IsActive).Select(ScheduleDto.From).ToList())
            : DomainProblem.NotFound("Site.NotFound").ToProblem(text);

    /// <param name="kind">A consultation kind as the API writes it ("followUp"); any casing.</param>
    private static async Task<Results<Ok<List<SlotDto>>, ProblemHttpResult>> SlotsAsync(string site, DateOnly? from, DateOnly? to,
        Guid? schedule, Guid? room, string? kind, SiteDirectory sites, SlotFinder finder, TimeProvider clock,
        IStringLocalizer<TelemedicineResource> text, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return DomainProblem.NotFound("Site.NotFound").ToProblem(text);
        }
        // Read by hand: the framework's binding of an enum is case-sensitive, and the API writes kinds in camelCase.
        ConsultationKind? asked = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<ConsultationKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return DomainProblem.Field("Kind", "Unknown").ToProblem(text, StatusCodes.Status400BadRequest);
            }
            asked = parsed;
        }
        var start = from ?? TelemedicineDisplay.Today(clock);
        var outcome = await finder.FindAsync(new SlotQuery(found.Id, start, to ?? start.AddDays(6))
        {
            ScheduleId = schedule, RoomId = room, Kind = asked,
        }, ct);
        return outcome.Problem is { } problem
            ? problem.ToProblem(text, StatusCodes.Status400BadRequest)
            : TypedResults.Ok(outcome.Value!.Select(SlotDto.From).ToList());
    }

    /// <summary>The appointment as a calendar file, for its account or a guest's personal link; 404 to anyone else.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarAsync(Guid id, string? token, HttpContext context,
        PatientAppointments appointments, IStringLocalizer<TelemedicineResource> text, CancellationToken ct)
    {
        if (await appointments.FindAsync(id, new AppointmentActor(context.User.UserId(), token), ct) is not { } appointment)
        {
            return DomainProblem.NotFound("Appointment.NotFound").ToProblem(text);
        }
        context.Response.Headers.CacheControl = "no-store";
        var ics = AppointmentCalendar.ToIcs(appointment);
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), $"{AppointmentCalendar.ContentType}; charset=utf-8",
            AppointmentCalendar.FileName(appointment));
    }
}
