using Lebenswelten.Core.Telemedicine.Video;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Puts a new appointment into a slot, for booking and rebooking: takes the locks, then checks the slot and the
/// room again under them and adds the appointment to the unit of work. The caller saves and commits.
/// </summary>
public sealed class SlotPlacement(LebensweltenDbContext db, IVideoMeetingProvider video)
{
    /// <summary>
    /// Locks the schedule and the rooms that could take the slot (the asked-for room, or every room the schedule is held
    /// in), plus the given extra rows, in the one lock order, and frees what lapsed guest holds still block there.
    /// Returns the rooms locked for the slot.
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

    internal async Task<Outcome<TelemedicineAppointment>> PlaceAsync(BookingRequest request, Guid scheduleId, DateTimeOffset start,
        IReadOnlyCollection<Guid> lockedRooms, DateTimeOffset now, CancellationToken ct)
    {
        var schedule = await db.ConsultationSchedules.AsSplitQuery().Include(s => s.Practice).Include(s => s.Hours).Include(s => s.Rooms)
            .SingleOrDefaultAsync(s => s.Id == scheduleId, ct);
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
        var served = planner.RoomsOf(schedule).Where(r => lockedRooms.Contains(r.Id)).ToList();
        if (served.Count == 0)
        {
            return request.RoomId is null ? DomainProblem.Unprocessable("Room.NoneServes")
                : DomainProblem.Field(nameof(request.RoomId), "NotServed");
        }
        var open = served.Where(r => planner.RoomOpen(r, day, start, end.Value)).ToList();
        if (open.Count == 0)
        {
            return DomainProblem.Unprocessable("Room.Closed");
        }
        if (open.FirstOrDefault(r => !planner.RoomBusy(r, start, end.Value)) is not { } room)
        {
            return DomainProblem.Conflict("Room.Taken");
        }
        var appointment = await NewAppointmentAsync(request, schedule, room, day, start, end.Value, now, ct);
        db.TelemedicineAppointments.Add(appointment);
        return appointment;
    }

    private async Task<TelemedicineAppointment> NewAppointmentAsync(BookingRequest request, ConsultationSchedule schedule,
        TelemedicineRoom room, DateOnly day, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, CancellationToken ct)
    {
        // Under the room's lock: no one else can take a code of this room and day meanwhile.
        var taken = (await db.TelemedicineAppointments.Where(a => a.RoomId == room.Id && a.LocalDate == day)
            .Select(a => a.CheckInCode).ToListAsync(ct)).ToHashSet();
        var code = CheckInCodes.CreateUnique(taken);
        var who = request.Patient;
        // The tracked instance, so that adding the appointment does not take the room for a new row.
        var trackedRoom = (await db.TelemedicineRooms.FindAsync([room.Id], ct))!;
        return new TelemedicineAppointment
        {
            SiteId = schedule.SiteId,
            ScheduleId = schedule.Id,
            Schedule = schedule,
            PracticeOrganisationId = schedule.PracticeOrganisationId,
            RoomId = room.Id,
            Room = trackedRoom,
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
