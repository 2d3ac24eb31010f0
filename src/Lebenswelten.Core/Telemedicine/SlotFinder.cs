namespace Lebenswelten.Core.Telemedicine;

/// <summary>Which slots to look for: a site's, between two Europe/Berlin dates (both inclusive), optionally narrowed.</summary>
public sealed record SlotQuery(Guid SiteId, DateOnly From, DateOnly To)
{
    public Guid? ScheduleId { get; init; }
    public Guid? PracticeOrganisationId { get; init; }
    public Guid? RoomId { get; init; }
    public ConsultationKind? Kind { get; init; }
    /// <summary>False also lists busy slots (FHIR Slot?status=busy); slots outside the booking window never show.</summary>
    public bool OnlyFree { get; init; } = true;
}

/// <summary>
/// The free-slot search: practice hours intersected with room opening hours, minus closures, minus bookings
/// (the practice's slot itself; the room with its buffer), within each schedule's horizon and minimum notice.
/// Read without locks: a slot shown free can be gone when booked, which the booking then answers with 409.
/// </summary>
public sealed class SlotFinder(LebensweltenDbContext db, TimeProvider clock)
{
    public const int MaxDays = 62;

    public async Task<Outcome<IReadOnlyList<Slot>>> FindAsync(SlotQuery query, CancellationToken ct)
    {
        var schedules = await db.ConsultationSchedules.AsNoTracking().AsSplitQuery().Include(s => s.Hours).Include(s => s.Rooms)
            .Where(s => s.SiteId == query.SiteId && s.IsActive
                && (query.ScheduleId == null || s.Id == query.ScheduleId)
                && (query.PracticeOrganisationId == null || s.PracticeOrganisationId == query.PracticeOrganisationId))
            .ToListAsync(ct);
        return await FindInAsync(query, schedules, ct);
    }

    /// <summary>
    /// The same search in schedules of the query's site that the caller has already read with their hours and rooms (the
    /// booking page lists them all anyway): three statements fewer per request (issue 21). The query's schedule and
    /// practice are not looked at here: the given schedules are the ones searched; inactive ones have no slots.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<Slot>>> FindInAsync(SlotQuery query, IEnumerable<ConsultationSchedule> given,
        CancellationToken ct)
    {
        if (query.To < query.From || query.To.DayNumber - query.From.DayNumber >= MaxDays)
        {
            return DomainProblem.Field(nameof(query.To), "OutOfRange");
        }
        var now = clock.GetUtcNow();
        var from = Max(query.From, BerlinTime.LocalDate(now));
        var schedules = given.Where(s => s.SiteId == query.SiteId).ToList();
        if (query.Kind is { } kind)
        {
            schedules = schedules.Where(s => s.Kinds.Offers(kind)).ToList();
        }
        if (schedules.Count == 0 || query.To < from)
        {
            return new List<Slot>();
        }
        var planner = await LoadPlannerAsync(db, query.SiteId, from, query.To, now, ct);
        var slots = new List<Slot>();
        foreach (var schedule in schedules)
        {
            var last = Min(query.To, BerlinTime.LocalDate(BookingWindow.Latest(schedule, now)));
            for (var day = from; day <= last; day = day.AddDays(1))
            {
                foreach (var (start, end) in planner.PracticeSlots(schedule, day)
                    .Where(s => BookingWindow.Contains(schedule, s.Start, now)))
                {
                    var slot = Evaluate(planner, schedule, day, start, end, query.RoomId);
                    if (slot.Status == SlotStatus.Free || !query.OnlyFree)
                    {
                        slots.Add(slot);
                    }
                }
            }
        }
        return slots.OrderBy(s => s.StartsAt).ThenBy(s => s.ScheduleId).ToList();
    }

    /// <summary>
    /// Where and when a slot lies, without whether it is free (FHIR's $book, whose booking decides that under its locks):
    /// not found unless it lies in the practice's hours on a day the practice is open. Reads the schedule with its hours
    /// and the practice's closures that day only, not the site's rooms and bookings (issue 21).
    /// </summary>
    public async Task<Outcome<Slot>> LocateAsync(string slotId, CancellationToken ct)
    {
        if (!SlotId.TryParse(slotId, out var scheduleId, out var start))
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var schedule = await db.ConsultationSchedules.AsNoTracking().Include(s => s.Hours).SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null)
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var day = BerlinTime.LocalDate(start);
        var closures = await db.TelemedicineClosures.AsNoTracking()
            .Where(c => c.PracticeOrganisationId == schedule.PracticeOrganisationId && c.FromDate <= day && c.ToDate >= day).ToListAsync(ct);
        if (new SlotPlanner([], closures, []).SlotEnd(schedule, day, start) is not { } end)
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        return new Slot(SlotId.For(schedule.Id, start), schedule.Id, schedule.PracticeOrganisationId, start, end, SlotStatus.Busy, []);
    }

    /// <summary>One slot by its id, in any state (for FHIR's Slot read); not found unless it lies in the hours.</summary>
    public async Task<Outcome<Slot>> GetAsync(string slotId, CancellationToken ct)
    {
        if (!SlotId.TryParse(slotId, out var scheduleId, out var start))
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var schedule = await db.ConsultationSchedules.AsNoTracking().AsSplitQuery().Include(s => s.Hours).Include(s => s.Rooms)
            .SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null)
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var day = BerlinTime.LocalDate(start);
        var now = clock.GetUtcNow();
        var planner = await LoadPlannerAsync(db, schedule.SiteId, day, day, now, ct);
        if (planner.SlotEnd(schedule, day, start) is not { } end)
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var slot = Evaluate(planner, schedule, day, start, end, null);
        return BookingWindow.Contains(schedule, start, now) ? slot : slot with { Status = SlotStatus.Busy };
    }

    private static Slot Evaluate(SlotPlanner planner, ConsultationSchedule schedule, DateOnly day, DateTimeOffset start, DateTimeOffset end,
        Guid? roomId)
    {
        var rooms = planner.PracticeBusy(schedule.Id, start, end) ? []
            : planner.FreeRooms(schedule, day, start, end).Where(r => roomId == null || r == roomId).ToList();
        return new Slot(SlotId.For(schedule.Id, start), schedule.Id, schedule.PracticeOrganisationId, start, end,
            rooms.Count > 0 ? SlotStatus.Free : SlotStatus.Busy, rooms);
    }

    /// <summary>
    /// Rooms, closures and bookings of a site around the given Europe/Berlin dates. A guest's hold that lapsed blocks
    /// nothing, even before the expiry job has marked it.
    /// </summary>
    internal static async Task<SlotPlanner> LoadPlannerAsync(LebensweltenDbContext db, Guid siteId, DateOnly from, DateOnly to,
        DateTimeOffset now, CancellationToken ct)
    {
        var rooms = await db.TelemedicineRooms.AsNoTracking().Include(r => r.OpeningHours).Where(r => r.SiteId == siteId).ToListAsync(ct);
        var closures = await db.TelemedicineClosures.AsNoTracking()
            .Where(c => c.SiteId == siteId && c.FromDate <= to && c.ToDate >= from).ToListAsync(ct);
        var booked = await BookedAsync(db.TelemedicineAppointments.Where(a => a.SiteId == siteId), from, to, now, ct);
        return new SlotPlanner(rooms, closures, booked);
    }

    /// <summary>
    /// One room as read under its lock, with its closures and bookings around a Europe/Berlin date: what a booking checks
    /// again once it holds the room, instead of the whole site's day (issue 21).
    /// </summary>
    internal static async Task<SlotPlanner> LoadRoomPlannerAsync(LebensweltenDbContext db, TelemedicineRoom room, DateOnly day,
        DateTimeOffset now, CancellationToken ct)
    {
        var closures = await db.TelemedicineClosures.AsNoTracking()
            .Where(c => c.RoomId == room.Id && c.FromDate <= day && c.ToDate >= day).ToListAsync(ct);
        var booked = await BookedAsync(db.TelemedicineAppointments.Where(a => a.RoomId == room.Id), day, day, now, ct);
        return new SlotPlanner([room], closures, booked);
    }

    private static Task<List<BookedSpan>> BookedAsync(IQueryable<TelemedicineAppointment> appointments, DateOnly from, DateOnly to,
        DateTimeOffset now, CancellationToken ct)
    {
        // A day wider on each side: a buffer or a late slot can reach across midnight.
        var earliest = BerlinTime.ToUtc(from.AddDays(-1), TimeOnly.MinValue);
        var latest = BerlinTime.ToUtc(to.AddDays(2), TimeOnly.MinValue);
        return appointments.AsNoTracking().Holding(now).Where(a => a.StartsAt >= earliest && a.StartsAt < latest)
            .Select(a => new BookedSpan(a.Id, a.ScheduleId, a.RoomId, a.StartsAt, a.EndsAt, a.RoomBlockedUntil))
            .ToListAsync(ct);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
