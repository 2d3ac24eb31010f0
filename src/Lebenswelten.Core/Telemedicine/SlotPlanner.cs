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
        booked.Any(b => b.ScheduleId == scheduleId && b.StartsAt < end && start < b.EndsAt);

    /// <summary>The active rooms the schedule is held in, by name.</summary>
    public IEnumerable<TelemedicineRoom> RoomsOf(ConsultationSchedule schedule) =>
        rooms.Where(r => r.IsActive && r.SiteId == schedule.SiteId
            && (schedule.ServesAllRooms || schedule.Rooms.Any(l => l.RoomId == r.Id)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id);

    public bool RoomOpen(TelemedicineRoom room, DateOnly day, DateTimeOffset start, DateTimeOffset end) =>
        !closures.Any(c => c.RoomId == room.Id && c.Covers(day))
        && room.OpeningHours.Where(h => h.Weekday == day.DayOfWeek)
            .Select(h => SlotGrid.ToUtc(day, h.From, h.To)).Any(open => open.Start <= start && end <= open.End);

    public bool RoomBusy(TelemedicineRoom room, DateTimeOffset start, DateTimeOffset end)
    {
        var blockedUntil = end.AddMinutes(room.BufferMinutes);
        return booked.Any(b => b.RoomId == room.Id && b.StartsAt < blockedUntil && start < b.RoomBlockedUntil);
    }

    public List<Guid> FreeRooms(ConsultationSchedule schedule, DateOnly day, DateTimeOffset start, DateTimeOffset end) =>
        RoomsOf(schedule).Where(r => RoomOpen(r, day, start, end) && !RoomBusy(r, start, end)).Select(r => r.Id).ToList();
}
