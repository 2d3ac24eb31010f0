using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;
using CoreSlot = Lebenswelten.Core.Telemedicine.Slot;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// GET /fhir/Slot (ISiKTerminblock): the caller's schedules' slots, computed by <see cref="SlotFinder"/> (never
/// stored; ids are stable). Only slots inside each schedule's booking window show; free means a room can take it too.
/// </summary>
internal static class SlotEndpoints
{
    /// <summary>Days searched when the start has no upper bound (about a schedule's usual horizon).</summary>
    public const int DefaultDays = 28;

    /// <summary>ISiK's SHALL: the slots' schedules in the same answer.</summary>
    public const string ScheduleOfSlot = "_include=Slot:schedule";

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Slot", SearchAsync);
        fhir.MapGet("/Slot/{id}", ReadAsync);
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, FhirCaller caller, ScheduleEditor editor, RoomEditor rooms,
        SlotFinder finder, TimeProvider clock, CancellationToken ct)
    {
        var search = new FhirSearch(request);
        var (scheduleId, _, scheduleError) = search.Reference("schedule", "Schedule");
        var (range, dateError) = search.Dates("start");
        var (statuses, statusError) = search.Tokens("status", FhirCodes.SlotStatusCodes);
        var (id, idError) = search.Single("_id");
        if ((search.Check(["_id", "schedule", "start", "status"], ScheduleOfSlot) ?? scheduleError ?? dateError ?? statusError
            ?? idError) is { } error)
        {
            return error.ToResult(caller.Text);
        }
        var (from, to) = range.Days(clock.GetUtcNow(), DefaultDays, fromToday: true);
        if (to.DayNumber - from.DayNumber >= SlotFinder.MaxDays)
        {
            return FhirError.Invalid("Fhir.RangeTooLong", "start", SlotFinder.MaxDays).ToResult(caller.Text);
        }
        var matches = new List<(CoreSlot Slot, ConsultationSchedule Schedule)>();
        var ofCaller = await ScheduleEndpoints.OfCallerAsync(caller, editor, rooms, ct);
        var schedules = ofCaller.Select(s => s.Schedule).Where(s => scheduleId is null || s.Id == scheduleId);
        foreach (var schedule in to < from || range.IsEmpty ? [] : schedules)
        {
            var found = await finder.FindInAsync(new SlotQuery(schedule.SiteId, from, to) { OnlyFree = false }, [schedule], ct);
            if (found.Value is not { } slots)
            {
                return FhirError.From(found.Problem!, StatusCodes.Status400BadRequest).ToResult(caller.Text);
            }
            matches.AddRange(slots.Where(s => range.Contains(s.StartsAt) && (id is null || s.Id == id)).Select(s => (s, schedule)));
        }
        var now = clock.GetUtcNow();
        // Paged over every slot, free or busy, and filtered by status within the page: a slot booked or freed while a
        // client pages keeps its place, so no page repeats or skips one (a page may hold fewer than _count). Ordered as
        // computed slots, and a FHIR Slot built only for those the answer holds (62 days are thousands of slots).
        var grid = new SlotResources(matches.OrderBy(m => m.Slot.StartsAt).ThenBy(m => m.Slot.Id, StringComparer.Ordinal).ToList());
        return await FhirBundles.SearchsetAsync(caller, search, grid,
            search.Asks(ScheduleOfSlot) ? page => System.Threading.Tasks.Task.FromResult(ScheduleEndpoints.Referenced(page, ofCaller, now))
                : null,
            statuses is null ? null : s => statuses.Contains(FhirCodes.Literal(((Hl7.Fhir.Model.Slot)s).Status!.Value)));
    }

    /// <summary>Computed slots as FHIR resources, each built when it is read.</summary>
    private sealed class SlotResources(IReadOnlyList<(CoreSlot Slot, ConsultationSchedule Schedule)> slots)
        : IReadOnlyList<Resource>
    {
        public Resource this[int index] => FhirResources.Slot(slots[index].Slot, slots[index].Schedule);
        public int Count => slots.Count;
        public IEnumerator<Resource> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The slots of the schedules in a page, from today for <see cref="DefaultDays"/> days (<c>_revinclude=Slot:schedule</c>).</summary>
    internal static async Task<IEnumerable<Resource>> OfSchedulesAsync(IReadOnlyList<Resource> page,
        IEnumerable<ConsultationSchedule> ofCaller, SlotFinder finder, DateTimeOffset now, CancellationToken ct)
    {
        var ids = page.Select(r => r.Id).ToHashSet();
        var today = BerlinTime.LocalDate(now);
        var slots = new List<Resource>();
        foreach (var schedule in ofCaller.Where(s => ids.Contains(s.Id.ToString())))
        {
            var found = await finder.FindInAsync(new SlotQuery(schedule.SiteId, today, today.AddDays(DefaultDays - 1)) { OnlyFree = false },
                [schedule], ct);
            slots.AddRange((found.Value ?? []).Select(s => FhirResources.Slot(s, schedule)));
        }
        return slots;
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
