namespace Lebenswelten.Core.Telemedicine;

/// <summary>What a booked appointment blocks: the practice's slot and the room including its buffer.</summary>
internal sealed record BookedSpan(Guid Id, Guid ScheduleId, Guid RoomId, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset RoomBlockedUntil);

/// <summary>
/// The slot rules in one place, with the data loaded: a practice slot lies in the schedule's hours on a day the
/// practice is open; a room can take it when the room is open for the whole slot that day and no booking in the
/// room overlaps it, counting the buffer after each booking. The search and the booking (under its locks) use it alike.
/// </summary>
internal sealed class SlotPlanner(
    IReadOnlyList<TelemedicineRoom> rooms, IReadOnlyList<TelemedicineClosure> closures, IReadOnlyList<BookedSpan> booked)
{
    // A search over weeks asks about every slot and every room, against every booking of the site in that time:
    // indexed by schedule and by room, and sorted, so each question looks at a few bookings, not thousands.
    private readonly Dictionary<Guid, SpanIndex> bySchedule =
        booked.GroupBy(b => b.ScheduleId).ToDictionary(g => g.Key, g => new SpanIndex(g, b => b.EndsAt));
    private readonly Dictionary<Guid, SpanIndex> byRoom =
        booked.GroupBy(b => b.RoomId).ToDictionary(g => g.Key, g => new SpanIndex(g, b => b.RoomBlockedUntil));
    private readonly Dictionary<Guid, IReadOnlyList<TelemedicineRoom>> roomsOf = [];
    private readonly Dictionary<(Guid Room, DateOnly Day), (DateTimeOffset Opens, DateTimeOffset Closes)[]> openOn = [];

    public bool PracticeClosed(ConsultationSchedule schedule, DateOnly day) =>
        closures.Any(c => c.PracticeOrganisationId == schedule.PracticeOrganisationId && c.Covers(day));

    /// <summary>The end of the practice's slot that starts at <paramref name="start"/> that day, if there is one.</summary>
    public DateTimeOffset? SlotEnd(ConsultationSchedule schedule, DateOnly day, DateTimeOffset start) =>
        PracticeSlots(schedule, day).Where(s => s.Start == start).Select(s => (DateTimeOffset?)s.End).FirstOrDefault();

    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> PracticeSlots(ConsultationSchedule schedule, DateOnly day)
    {
        if (!schedule.IsActive || PracticeClosed(schedule, day))
        {
            return [];
        }
        return schedule.Hours.Where(h => h.AppliesOn(day))
            .SelectMany(h => SlotGrid.Slots(day, h.From, h.To, schedule.SlotMinutes))
            .DistinctBy(s => s.Start).OrderBy(s => s.Start);
    }

    public bool PracticeBusy(Guid scheduleId, DateTimeOffset start, DateTimeOffset end) =>
        bySchedule.TryGetValue(scheduleId, out var spans) && spans.Overlaps(start, end);

    /// <summary>The active rooms the schedule is held in, by name.</summary>
    public IReadOnlyList<TelemedicineRoom> RoomsOf(ConsultationSchedule schedule)
    {
        // Asked for every slot of a search: worked out once per schedule.
        if (!roomsOf.TryGetValue(schedule.Id, out var held))
        {
            held = rooms.Where(r => r.IsActive && r.SiteId == schedule.SiteId
                    && (schedule.ServesAllRooms || schedule.Rooms.Any(l => l.RoomId == r.Id)))
                .OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
            roomsOf[schedule.Id] = held;
        }
        return held;
    }

    public bool RoomOpen(TelemedicineRoom room, DateOnly day, DateTimeOffset start, DateTimeOffset end)
    {
        foreach (var (opens, closes) in OpenOn(room, day))
        {
            if (opens <= start && end <= closes)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The room's opening hours that day as instants, none on a closed day. Worked out once per room and day: a search
    /// asks for every slot and room, and turning wall-clock hours into instants is the time zone's costly part.
    /// </summary>
    private (DateTimeOffset Opens, DateTimeOffset Closes)[] OpenOn(TelemedicineRoom room, DateOnly day)
    {
        if (!openOn.TryGetValue((room.Id, day), out var open))
        {
            open = closures.Any(c => c.RoomId == room.Id && c.Covers(day)) ? []
                : room.OpeningHours.Where(h => h.Weekday == day.DayOfWeek).Select(h => SlotGrid.ToUtc(day, h.From, h.To)).ToArray();
            openOn[(room.Id, day)] = open;
        }
        return open;
    }

    public bool RoomBusy(TelemedicineRoom room, DateTimeOffset start, DateTimeOffset end)
    {
        var blockedUntil = end.AddMinutes(room.BufferMinutes);
        return byRoom.TryGetValue(room.Id, out var spans) && spans.Overlaps(start, blockedUntil);
    }

    public List<Guid> FreeRooms(ConsultationSchedule schedule, DateOnly day, DateTimeOffset start, DateTimeOffset end) =>
        RoomsOf(schedule).Where(r => RoomOpen(r, day, start, end) && !RoomBusy(r, start, end)).Select(r => r.Id).ToList();
}

/// <summary>
/// Bookings sorted by start, with the longest one's length: whether any overlaps [start, end) is a binary search for
/// the last one starting before the end, then a walk back only as far as a booking could still reach the start.
/// </summary>
internal sealed class SpanIndex
{
    private readonly BookedSpan[] sorted;
    private readonly Func<BookedSpan, DateTimeOffset> endOf;
    private readonly TimeSpan longest;

    public SpanIndex(IEnumerable<BookedSpan> spans, Func<BookedSpan, DateTimeOffset> endOf)
    {
        sorted = spans.OrderBy(s => s.StartsAt).ToArray();
        this.endOf = endOf;
        longest = sorted.Length == 0 ? TimeSpan.Zero : sorted.Max(s => endOf(s) - s.StartsAt);
    }

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end)
    {
        // The first booking starting at or after the end; every one before it starts before the end.
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].StartsAt < end)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        for (var i = low - 1; i >= 0 && sorted[i].StartsAt + longest > start; i--)
        {
            if (start < endOf(sorted[i]))
            {
                return true;
            }
        }
        return false;
    }
}
