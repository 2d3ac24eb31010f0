using Lebenswelten.Core.Telemedicine.Video;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Puts a new appointment into a slot, for booking and rebooking: takes the locks, then checks the slot and the
/// room again under them and adds the appointment to the unit of work. The caller saves and commits.
/// </summary>
public sealed class SlotPlacement(LebensweltenDbContext db, IVideoMeetingProvider video)
{
    /// <summary>How many free rooms a booking without a room tries when others take them between its choice and its lock.</summary>
    internal const int RoomAttempts = 3;

    /// <summary>
    /// Books a slot for a new appointment, in the asked-for room or, without one, in a free room: chosen from what the
    /// schedule's lock lets it see, then that one room locked and checked again under its lock. A room taken meanwhile
    /// gives its lock back (the rollback to the savepoint releases it) and the next free room is tried, a few at most.
    /// So a booking holds the schedule and one room, never every room of the site, and bookings of other practices at
    /// other times do not wait for each other. The caller owns the transaction, saves and commits.
    /// </summary>
    internal async Task<Outcome<TelemedicineAppointment>> LockAndPlaceAsync(BookingRequest request, Guid scheduleId,
        DateTimeOffset start, DateTimeOffset now, CancellationToken ct)
    {
        if (request.RoomId is not null)
        {
            var asked = await LockAsync(scheduleId, request.RoomId, [], [], now, ct);
            return await PlaceAsync(request, scheduleId, start, asked, now, ct);
        }
        // The schedule locked and read in one statement; what the practice's slot depends on stays as read until the
        // commit, since every change to it holds this lock too.
        var schedule = await Schedule(RowLock.Locking<ConsultationSchedule>(db, scheduleId), scheduleId, ct);
        await GuestHolds.ReleaseLapsedAsync(db, now, [scheduleId], [], ct);
        var seen = await CheckAsync(request, schedule, start, null, now, ct);
        if (seen.Value is not { } unlocked)
        {
            return seen.Problem!;
        }
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A booking runs in the caller's transaction.");
        foreach (var roomId in Spread(unlocked.FreeRooms, scheduleId, start).Take(RoomAttempts))
        {
            await transaction.CreateSavepointAsync(RoomSavepoint, ct);
            // The room locked and read in one statement, then only its own closures and bookings read again (issue 21):
            // a change to the room's hours, closures or bookings holds the room's lock too.
            var room = await RowLock.Locking<TelemedicineRoom>(db, roomId).Include(r => r.OpeningHours)
                .SingleOrDefaultAsync(r => r.Id == roomId, ct);
            if (room is not null)
            {
                await GuestHolds.ReleaseLapsedAsync(db, now, [], [roomId], ct);
                var planner = await SlotFinder.LoadRoomPlannerAsync(db, room, unlocked.Day, now, ct);
                var again = FreeRooms(request, planner, unlocked.Schedule, unlocked.Day, start, unlocked.End, null);
                if (again.Problem is null)
                {
                    return await AddAsync(request, unlocked, room, start, now, ct);
                }
                if (again.Problem is not { Code: "Room.Taken" or "Room.Closed" or "Room.NoneServes" })
                {
                    return again.Problem;
                }
            }
            await transaction.RollbackToSavepointAsync(RoomSavepoint, ct);
        }
        return DomainProblem.Conflict("Room.Taken");
    }

    /// <summary>
    /// Locks the schedule and the rooms that could take the slot (the asked-for room, or every room the schedule is held
    /// in), plus the given extra rows, in the one lock order, and frees what lapsed guest holds still block there.
    /// Returns the rooms locked for the slot. For moving an appointment, which holds its old room as well.
    /// </summary>
    internal async Task<IReadOnlyCollection<Guid>> LockAsync(Guid scheduleId, Guid? roomId,
        IReadOnlyCollection<Guid> otherSchedules, IReadOnlyCollection<Guid> otherRooms, DateTimeOffset now, CancellationToken ct)
    {
        var candidates = roomId is { } one ? [one] : await RoomsServedAsync(scheduleId, ct);
        List<Guid> schedules = [scheduleId, .. otherSchedules], rooms = [.. candidates, .. otherRooms];
        await TelemedicineLock.HoldAsync(db, schedules, rooms, ct);
        await GuestHolds.ReleaseLapsedAsync(db, now, schedules, rooms, ct);
        return candidates;
    }

    /// <summary>Checks the slot again under the locks and adds the appointment in the first free locked room.</summary>
    internal async Task<Outcome<TelemedicineAppointment>> PlaceAsync(BookingRequest request, Guid scheduleId, DateTimeOffset start,
        IReadOnlyCollection<Guid> lockedRooms, DateTimeOffset now, CancellationToken ct)
    {
        var checkedSlot = await CheckAsync(request, await Schedule(db.ConsultationSchedules, scheduleId, ct), start, lockedRooms, now, ct);
        if (checkedSlot.Value is not { } slot)
        {
            return checkedSlot.Problem!;
        }
        // The tracked instance, so that adding the appointment does not take the room for a new row.
        var room = (await db.TelemedicineRooms.FindAsync([slot.FreeRooms[0]], ct))!;
        return await AddAsync(request, slot, room, start, now, ct);
    }

    private async Task<TelemedicineAppointment> AddAsync(BookingRequest request, CheckedSlot slot, TelemedicineRoom trackedRoom,
        DateTimeOffset start, DateTimeOffset now, CancellationToken ct)
    {
        var appointment = await NewAppointmentAsync(request, slot.Schedule, trackedRoom, slot.Day, start, slot.End, now, ct);
        db.TelemedicineAppointments.Add(appointment);
        return appointment;
    }

    /// <summary>The schedule with what its slots depend on, tracked: the new appointment refers to it.</summary>
    private static Task<ConsultationSchedule?> Schedule(IQueryable<ConsultationSchedule> source, Guid scheduleId, CancellationToken ct) =>
        source.AsSingleQuery().Include(s => s.Practice).Include(s => s.Hours).Include(s => s.Rooms).SingleOrDefaultAsync(s => s.Id == scheduleId, ct);

    /// <summary>The slot's rules, against the given rooms (null: every room the schedule is held in).</summary>
    private async Task<Outcome<CheckedSlot>> CheckAsync(BookingRequest request, ConsultationSchedule? schedule, DateTimeOffset start,
        IReadOnlyCollection<Guid>? rooms, DateTimeOffset now, CancellationToken ct)
    {
        if (schedule is null)
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        if (!schedule.Kinds.Offers(request.Kind))
        {
            return DomainProblem.Field(nameof(request.Kind), "NotOffered");
        }
        var day = BerlinTime.LocalDate(start);
        var planner = await SlotFinder.LoadPlannerAsync(db, schedule.SiteId, day, day, now, ct);
        if (planner.PracticeClosed(schedule, day))
        {
            return DomainProblem.Unprocessable("Slot.PracticeClosed");
        }
        var end = planner.SlotEnd(schedule, day, start);
        if (end is null)
        {
            return DomainProblem.Unprocessable("Slot.OutsideHours");
        }
        if (BookingWindow.Check(schedule, start, now) is { } outside)
        {
            return outside;
        }
        if (planner.PracticeBusy(schedule.Id, start, end.Value))
        {
            return DomainProblem.Conflict("Slot.Taken");
        }
        var free = FreeRooms(request, planner, schedule, day, start, end.Value, rooms);
        return free.Value is { } ids ? new CheckedSlot(schedule, day, end.Value, ids) : free.Problem!;
    }

    /// <summary>
    /// The room rules: the rooms the schedule is held in (of the given ones, if any) that are open for the whole slot
    /// that day and not busy, counting each booking's buffer. A problem when there is none.
    /// </summary>
    private static Outcome<List<Guid>> FreeRooms(BookingRequest request, SlotPlanner planner, ConsultationSchedule schedule,
        DateOnly day, DateTimeOffset start, DateTimeOffset end, IReadOnlyCollection<Guid>? rooms)
    {
        var served = planner.RoomsOf(schedule).Where(r => rooms is null || rooms.Contains(r.Id)).ToList();
        if (served.Count == 0)
        {
            return request.RoomId is null ? DomainProblem.Unprocessable("Room.NoneServes")
                : DomainProblem.Field(nameof(request.RoomId), "NotServed");
        }
        var open = served.Where(r => planner.RoomOpen(r, day, start, end)).ToList();
        if (open.Count == 0)
        {
            return DomainProblem.Unprocessable("Room.Closed");
        }
        var free = open.Where(r => !planner.RoomBusy(r, start, end)).Select(r => r.Id).ToList();
        return free.Count == 0 ? DomainProblem.Conflict("Room.Taken") : free;
    }

    /// <summary>
    /// The free rooms in the order to try them, starting at one chosen by the slot: bookings of different practices
    /// at the same moment would otherwise all choose the first room by name and queue for its lock.
    /// </summary>
    private static IEnumerable<Guid> Spread(IReadOnlyList<Guid> free, Guid scheduleId, DateTimeOffset start)
    {
        // Stable on every node (no per-process hash seed): the slot's minute and schedule, mixed by a golden-ratio multiply.
        var mixed = ((ulong)(start.UtcTicks / TimeSpan.TicksPerMinute) ^ (ulong)(uint)scheduleId.GetHashCode()) * 0x9E3779B97F4A7C15UL;
        var first = (int)((mixed >> 32) % (ulong)free.Count);
        return free.Skip(first).Concat(free.Take(first));
    }

    private const string RoomSavepoint = "telemedicine_room";

    private sealed record CheckedSlot(ConsultationSchedule Schedule, DateOnly Day, DateTimeOffset End, IReadOnlyList<Guid> FreeRooms);

    private async Task<TelemedicineAppointment> NewAppointmentAsync(BookingRequest request, ConsultationSchedule schedule,
        TelemedicineRoom room, DateOnly day, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken ct)
    {
        // Under the room's lock: no one else can take a code of this room and day meanwhile.
        var taken = (await db.TelemedicineAppointments.Where(a => a.RoomId == room.Id && a.LocalDate == day)
            .Select(a => a.CheckInCode).ToListAsync(ct)).ToHashSet();
        var code = CheckInCodes.CreateUnique(taken);
        var who = request.Patient;
        return new TelemedicineAppointment
        {
            SiteId = schedule.SiteId,
            ScheduleId = schedule.Id,
            Schedule = schedule,
            PracticeOrganisationId = schedule.PracticeOrganisationId,
            RoomId = room.Id,
            Room = room,
            StartsAt = start,
            EndsAt = end,
            RoomBlockedUntil = end.AddMinutes(room.BufferMinutes),
            LocalDate = day,
            Kind = request.Kind,
            Reason = TypedText.TrimmedOrNull(request.Reason),
            UserId = who.UserId,
            Name = who.Name.Trim(),
            Email = TypedText.TrimmedOrNull(who.Email),
            NormalizedEmail = GuestContacts.NormalizedEmail(who.Email),
            Phone = TypedPhone.ToE164(who.Phone),
            Language = ResidentLanguage.Of(who.Language),
            Status = AppointmentStatus.Booked,
            CheckInCode = code,
            MeetingRoom = video.NewMeetingRoom(),
            CreatedAt = now,
        };
    }

    private async Task<List<Guid>> RoomsServedAsync(Guid scheduleId, CancellationToken ct)
    {
        var schedule = await db.ConsultationSchedules.AsNoTracking().Include(s => s.Rooms)
            .SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null)
        {
            return [];
        }
        return schedule.ServesAllRooms
            ? await db.TelemedicineRooms.Where(r => r.SiteId == schedule.SiteId && r.IsActive).Select(r => r.Id).ToListAsync(ct)
            : schedule.Rooms.Select(r => r.RoomId).ToList();
    }
}
