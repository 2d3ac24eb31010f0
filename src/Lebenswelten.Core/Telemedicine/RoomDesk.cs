using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// One line of the room's day list: who comes when, and whether they have checked in. Deliberately without the
/// practice, the kind and the reason: the room's staff help with the technique, they need no health data.
/// </summary>
public sealed record RoomDayEntry(Guid AppointmentId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Name,
    DateTimeOffset? CheckedInAt);

public sealed record RoomDayList(TelemedicineRoom Room, DateOnly Day, IReadOnlyList<RoomDayEntry> Entries);

/// <summary>The room staff's desk: the day's list and the check-in by code. Every read is audited, one line per person.</summary>
public sealed class RoomDesk(LebensweltenDbContext db, TelemedicineAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<RoomDayList>> DayAsync(Guid roomId, DateOnly day, AuditActor actor, CancellationToken ct)
    {
        if (await StaffedRoomAsync(roomId, actor, ct) is not { } room)
        {
            return DomainProblem.NotFound("Room.NotFound");
        }
        var booked = await db.TelemedicineAppointments.AsNoTracking().Verified()
            .Where(a => a.RoomId == roomId && a.LocalDate == day && a.Status == AppointmentStatus.Booked)
            .OrderBy(a => a.StartsAt)
            .Select(a => new { Entry = new RoomDayEntry(a.Id, a.StartsAt, a.EndsAt, a.Name, a.CheckedInAt), a.UserId })
            .ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Telemedicine.RoomDay", $"{roomId}/{day:yyyy-MM-dd}", room.SiteId, ct,
            subjects: booked.Select(b => AuditSubject.Appointment(b.UserId, b.Entry.AppointmentId)));
        return new RoomDayList(room, day, booked.Select(b => b.Entry).ToList());
    }

    /// <summary>
    /// Checks a person in with the code from their confirmation: only at the appointment's room, only on its day.
    /// Checking in twice keeps the first time.
    /// </summary>
    public async Task<Outcome<RoomDayEntry>> CheckInAsync(Guid roomId, string? code, AuditActor actor, CancellationToken ct)
    {
        if (await StaffedRoomAsync(roomId, actor, ct) is null)
        {
            return DomainProblem.NotFound("Room.NotFound");
        }
        var now = clock.GetUtcNow();
        var today = BerlinTime.LocalDate(now);
        var typed = CheckInCodes.Normalise(code);
        var appointment = await db.TelemedicineAppointments.Verified().SingleOrDefaultAsync(a => a.RoomId == roomId && a.LocalDate == today
            && a.CheckInCode == typed && a.Status == AppointmentStatus.Booked, ct);
        if (appointment is null)
        {
            return DomainProblem.NotFound("CheckIn.UnknownCode");
        }
        appointment.CheckedInAt ??= now;
        audit.Record(actor, AuditAction.Change, "Telemedicine.CheckIn", appointment.Id.ToString(), appointment.SiteId,
            AuditSubject.Appointment(appointment.UserId, appointment.Id));
        await db.SaveChangesAsync(ct);
        return new RoomDayEntry(appointment.Id, appointment.StartsAt, appointment.EndsAt, appointment.Name, appointment.CheckedInAt);
    }

    private async Task<TelemedicineRoom?> StaffedRoomAsync(Guid roomId, AuditActor actor, CancellationToken ct)
    {
        var room = await db.TelemedicineRooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roomId, ct);
        return room is not null && await access.IsRoomStaffAsync(actor.UserId, room, ct) ? room : null;
    }
}
