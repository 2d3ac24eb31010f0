using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// GET /fhir/Schedule (ISiKKalender): the caller's practices' video consultation hours. Hours hold no personal data
/// and are public on the web pages, but /fhir is the practice's own interface, so it shows only the caller's own
/// schedules (another practice's id: 404; in a search: no match).
/// </summary>
internal static class ScheduleEndpoints
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Schedule", SearchAsync);
        fhir.MapGet("/Schedule/{id}", ReadAsync);
    }

    /// <summary>ISiK's SHALL: a schedule's slots (the next <see cref="SlotEndpoints.DefaultDays"/> days) with it.</summary>
    public const string SlotsOfSchedule = "_revinclude=Slot:schedule";

    private static async Task<IResult> SearchAsync(HttpRequest request, FhirCaller caller, ScheduleEditor editor, RoomEditor rooms,
        SlotFinder finder, TimeProvider clock, CancellationToken ct)
    {
        var search = new FhirSearch(request);
        var (actor, actorType, actorError) = search.Reference("actor", "Organization", "Location");
        var (id, idError) = search.Single("_id");
        if ((search.Check(["actor", "_id"], SlotsOfSchedule) ?? actorError ?? idError) is { } error)
        {
            return error.ToResult(caller.Text);
        }
        var matches = new List<Resource>();
        var ofCaller = await OfCallerAsync(caller, editor, rooms, ct);
        foreach (var (schedule, served) in ofCaller)
        {
            var actorMatches = actor is null
                || (actorType == "Organization" ? schedule.PracticeOrganisationId == actor : served.Any(r => r.Id == actor));
            if (actorMatches && (id is null || schedule.Id.ToString() == id))
            {
                matches.Add(FhirResources.Schedule(schedule, served, clock.GetUtcNow()));
            }
        }
        return await FhirBundles.SearchsetAsync(caller, search, matches, search.Asks(SlotsOfSchedule)
            ? page => SlotEndpoints.OfSchedulesAsync(page, ofCaller.Select(s => s.Schedule), finder, clock.GetUtcNow(), ct)
            : null);
    }

    private static async Task<IResult> ReadAsync(string id, FhirCaller caller, ScheduleEditor editor, RoomEditor rooms,
        TimeProvider clock, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var scheduleId) || await editor.FindAsync(scheduleId, ct) is not { } schedule
            || !await caller.ActsForAsync(schedule.PracticeOrganisationId, ct))
        {
            return FhirError.From(DomainProblem.NotFound("Schedule.NotFound")).ToResult(caller.Text);
        }
        var served = Served(schedule, await rooms.ListAsync(schedule.SiteId, ct));
        return new FhirResult(FhirResources.Schedule(schedule, served, clock.GetUtcNow()));
    }

    /// <summary>The schedules the slots of a page refer to (<c>_include=Slot:schedule</c>).</summary>
    internal static IEnumerable<Resource> Referenced(IEnumerable<Resource> slots,
        IEnumerable<(ConsultationSchedule Schedule, IReadOnlyList<TelemedicineRoom> Rooms)> ofCaller, DateTimeOffset now)
    {
        var references = slots.OfType<Hl7.Fhir.Model.Slot>().Select(s => s.Schedule.Reference).ToHashSet();
        return ofCaller.Where(s => references.Contains($"Schedule/{s.Schedule.Id}")).Select(s => Schedule(s.Schedule, s.Rooms, now));
    }

    private static Schedule Schedule(ConsultationSchedule schedule, IReadOnlyList<TelemedicineRoom> rooms, DateTimeOffset now) =>
        FhirResources.Schedule(schedule, rooms, now);

    /// <summary>Every schedule of the caller's practices, with the rooms it is held in.</summary>
    internal static async Task<List<(ConsultationSchedule Schedule, IReadOnlyList<TelemedicineRoom> Rooms)>> OfCallerAsync(
        FhirCaller caller, ScheduleEditor editor, RoomEditor rooms, CancellationToken ct)
    {
        var result = new List<(ConsultationSchedule, IReadOnlyList<TelemedicineRoom>)>();
        var roomsOfSite = new Dictionary<Guid, List<TelemedicineRoom>>();
        foreach (var schedule in await SchedulesOfCallerAsync(caller, editor, ct))
        {
            if (!roomsOfSite.TryGetValue(schedule.SiteId, out var siteRooms))
            {
                roomsOfSite[schedule.SiteId] = siteRooms = await rooms.ListAsync(schedule.SiteId, ct);
            }
            result.Add((schedule, Served(schedule, siteRooms)));
        }
        return result;
    }

    /// <summary>Every schedule of the caller's practices.</summary>
    internal static async Task<List<ConsultationSchedule>> SchedulesOfCallerAsync(FhirCaller caller, ScheduleEditor editor,
        CancellationToken ct)
    {
        var result = new List<ConsultationSchedule>();
        foreach (var practice in await caller.PracticesAsync(ct))
        {
            result.AddRange(await editor.ListByPracticeAsync(practice, ct));
        }
        return result;
    }

    private static IReadOnlyList<TelemedicineRoom> Served(ConsultationSchedule schedule, IEnumerable<TelemedicineRoom> siteRooms) =>
        [.. siteRooms.Where(r => schedule.ServesAllRooms ? r.IsActive : schedule.Rooms.Any(s => s.RoomId == r.Id))];
}
