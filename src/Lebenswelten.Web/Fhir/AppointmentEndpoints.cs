using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// GET /fhir/Appointment/{id} and GET /fhir/Appointment (ISiKTermin): Art. 9 health data, so only through
/// <see cref="PracticeDesk"/>, which answers the practice concerned alone and audits every read. Another practice's
/// appointment does not exist (404); booking and cancelling: <see cref="AppointmentBooking"/>, <see cref="AppointmentCancelling"/>.
/// </summary>
internal static class AppointmentEndpoints
{
    public const int DefaultDays = 28;

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Appointment", SearchAsync);
        fhir.MapGet("/Appointment/{id}", ReadAsync);
        AppointmentBooking.Map(fhir);
        AppointmentCancelling.Map(fhir);
    }

    private static async Task<IResult> ReadAsync(string id, FhirCaller caller, PracticeDesk desk, CancellationToken ct)
    {
        var found = Guid.TryParse(id, out var appointmentId)
            ? await desk.AppointmentAsync(appointmentId, caller.Actor, ct)
            : DomainProblem.NotFound("Appointment.NotFound");
        return found.Value is { } appointment
            ? new FhirResult(FhirResources.Appointment(appointment))
            : FhirError.From(found.Problem!).ToResult(caller.Text);
    }

    /// <summary>
    /// date (Appointment.start; prefixes eq, ge, gt, le, lt), actor (Organization/{practice}), _id, status. The desk is
    /// asked for whole Europe/Berlin days and audits what it hands out; a time or status filter then narrows the answer.
    /// </summary>
    /// <summary>ISiK's SHALL: the appointments' slots in the same answer.</summary>
    public const string SlotOfAppointment = "_include=Appointment:slot";

    private static async Task<IResult> SearchAsync(HttpRequest request, FhirCaller caller, PracticeDesk desk, TimeProvider clock,
        SlotFinder finder, ScheduleEditor editor, CancellationToken ct)
    {
        var search = new FhirSearch(request);
        var (actor, _, actorError) = search.Reference("actor", "Organization");
        var (id, idError) = search.Single("_id");
        var (range, dateError) = search.Dates("date");
        var (statuses, statusError) = search.Tokens("status", FhirCodes.AppointmentStatusCodes);
        if ((search.Check(["date", "actor", "_id", "status"], SlotOfAppointment) ?? actorError ?? idError ?? dateError ?? statusError) is { } error)
        {
            return error.ToResult(caller.Text);
        }
        var (from, to) = range.Days(clock.GetUtcNow(), DefaultDays, fromToday: false);
        if (id is null && to.DayNumber - from.DayNumber >= PracticeDesk.MaxDays)
        {
            return FhirError.Invalid("Fhir.RangeTooLong", "date", PracticeDesk.MaxDays).ToResult(caller.Text);
        }
        var found = new List<TelemedicineAppointment>();
        if (id is not null)
        {
            if (Guid.TryParse(id, out var appointmentId) && (await desk.AppointmentAsync(appointmentId, caller.Actor, ct)).Value is { } one
                && (actor is null || one.PracticeOrganisationId == actor))
            {
                found.Add(one);
            }
        }
        else if (to >= from && !range.IsEmpty)
        {
            foreach (var practice in (await caller.PracticesAsync(ct)).Where(p => actor is null || p == actor))
            {
                found.AddRange((await desk.AppointmentsAsync(practice, from, to, caller.Actor, ct)).Value ?? []);
            }
        }
        var matches = found.Where(a => range.Contains(a.StartsAt)).Select(FhirResources.Appointment)
            .Where(a => statuses is null || statuses.Contains(FhirCodes.Literal(a.Status!.Value)))
            .OrderBy(a => a.Start).ToList<Resource>();
        return await FhirBundles.SearchsetAsync(caller, search, matches,
            search.Asks(SlotOfAppointment) ? page => SlotsAsync(page, finder, editor, ct) : null);
    }

    /// <summary>The slots a page of appointments names, each read as <c>GET /fhir/Slot/{id}</c> would.</summary>
    private static async Task<IEnumerable<Resource>> SlotsAsync(IReadOnlyList<Resource> page, SlotFinder finder, ScheduleEditor editor,
        CancellationToken ct)
    {
        var slots = new List<Resource>();
        foreach (var id in page.OfType<Appointment>().SelectMany(a => a.Slot).Select(r => r.Reference!.Split('/')[^1]).Distinct())
        {
            if ((await finder.GetAsync(id, ct)).Value is { } slot && await editor.FindAsync(slot.ScheduleId, ct) is { } schedule)
            {
                slots.Add(FhirResources.Slot(slot, schedule));
            }
        }
        return slots;
    }
}
