using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// GET /fhir/Slot (ISiKTerminblock): the caller's schedules' slots, computed by <see cref="SlotFinder"/> (never
/// stored; ids are stable). Only slots inside each schedule's booking window show; free means a room can take it too.
/// </summary>
internal static class SlotEndpoints
{
    /// <summary>Days searched when the start has no upper bound (about a schedule's usual horizon).</summary>
    public const int DefaultDays = 28;

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Slot", SearchAsync);
        fhir.MapGet("/Slot/{id}", ReadAsync);
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, FhirCaller caller, ScheduleEditor editor,
        SlotFinder finder, TimeProvider clock, CancellationToken ct)
    {
        var search = new FhirSearch(request.Query);
        var (scheduleId, _, scheduleError) = search.Reference("schedule", "Schedule");
        var (range, dateError) = search.Dates("start");
        var (statuses, statusError) = search.Tokens("status", FhirCodes.SlotStatusCodes);
        if ((search.RefuseUnknown("schedule", "start", "status") ?? scheduleError ?? dateError ?? statusError) is { } error)
        {
            return error.ToResult(caller.Text);
        }
        var (from, to) = range.Days(clock.GetUtcNow(), DefaultDays, fromToday: true);
        if (to.DayNumber - from.DayNumber >= SlotFinder.MaxDays)
        {
            return FhirError.Invalid("Fhir.RangeTooLong", "start", SlotFinder.MaxDays).ToResult(caller.Text);
        }
        var matches = new List<Resource>();
        var schedules = (await ScheduleEndpoints.SchedulesOfCallerAsync(caller, editor, ct))
            .Where(s => scheduleId is null || s.Id == scheduleId);
        foreach (var schedule in to < from || range.IsEmpty ? [] : schedules)
        {
            var query = new SlotQuery(schedule.SiteId, from, to)
            {
                ScheduleId = schedule.Id, OnlyFree = statuses is { Count: 1 } && statuses.Contains("free"),
            };
            var found = await finder.FindAsync(query, ct);
            if (found.Value is not { } slots)
            {
                return FhirError.From(found.Problem!, StatusCodes.Status400BadRequest).ToResult(caller.Text);
            }
            matches.AddRange(slots.Where(s => range.Contains(s.StartsAt))
                .Select(s => FhirResources.Slot(s, schedule))
                .Where(s => statuses is null || statuses.Contains(FhirCodes.Literal(s.Status!.Value))));
        }
        return FhirBundles.Searchset(caller, [.. matches.OrderBy(s => ((Hl7.Fhir.Model.Slot)s).Start)]);
    }

    private static async Task<IResult> ReadAsync(string id, FhirCaller caller, SlotFinder finder, ScheduleEditor editor,
        CancellationToken ct)
    {
        var found = await finder.GetAsync(id, ct);
        if (found.Value is not { } slot || !await caller.ActsForAsync(slot.PracticeOrganisationId, ct)
            || await editor.FindAsync(slot.ScheduleId, ct) is not { } schedule)
        {
            return FhirError.From(DomainProblem.NotFound("Slot.NotFound")).ToResult(caller.Text);
        }
        return new FhirResult(FhirResources.Slot(slot, schedule));
    }
}
