using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// After closing days, the practice gives a person whose appointment the closure cancelled a free slot instead
/// (issue 25): one transaction under the locks of the old and the new slot's schedule and rooms, so two people at
/// the desk never give the same slot twice, nor the same person two slots. The person gets the "moved" mail.
/// </summary>
public sealed class ClosureRebooking(LebensweltenDbContext db, SlotPlacement placement, AppointmentMove move, TelemedicineAccess access,
    AuditLog audit, TimeProvider clock)
{
    /// <summary>The practice's appointments cancelled by a closure that still wait for a new time, by start.</summary>
    public async Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> WaitingAsync(Guid practiceOrganisationId, AuditActor actor,
        CancellationToken ct)
    {
        var siteId = await db.Organisations.Where(o => o.Id == practiceOrganisationId).Select(o => (Guid?)o.SiteId).SingleOrDefaultAsync(ct);
        if (siteId is null || !await access.IsPracticeAsync(actor.UserId, siteId.Value, practiceOrganisationId, ct))
        {
            return DomainProblem.NotFound("Practice.NotFound");
        }
        var now = clock.GetUtcNow();
        var waiting = await db.TelemedicineAppointments.AsNoTracking().Include(a => a.Room)
            .Where(a => a.PracticeOrganisationId == practiceOrganisationId && a.RebookedToId == null && a.HoldExpiresAt == null
                && (a.Status == AppointmentStatus.CancelledByPracticeClosure || a.Status == AppointmentStatus.CancelledByRoomClosure)
                && a.EndsAt > now)
            .OrderBy(a => a.StartsAt).ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Telemedicine.ClosureRebooking", practiceOrganisationId.ToString(), siteId, ct,
            subjects: waiting.Select(a => AuditSubject.Appointment(a.UserId, a.Id)));
        return waiting;
    }

    public async Task<Outcome<BookingReceipt>> RebookAsync(Guid appointmentId, string slotId, Guid? roomId, AuditActor actor,
        CancellationToken ct)
    {
        var old = await db.TelemedicineAppointments.AsNoTracking().Where(a => a.Id == appointmentId)
            .Select(a => new { a.ScheduleId, a.RoomId, a.SiteId, a.PracticeOrganisationId }).SingleOrDefaultAsync(ct);
        if (old is null || !await access.IsPracticeAsync(actor.UserId, old.SiteId, old.PracticeOrganisationId, ct))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        // Only a slot of the same practice: a closure moves nobody to another doctor.
        if (!SlotId.TryParse(slotId, out var scheduleId, out var start)
            || !await db.ConsultationSchedules.AnyAsync(s => s.Id == scheduleId && s.PracticeOrganisationId == old.PracticeOrganisationId, ct))
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rooms = await placement.LockAsync(scheduleId, roomId, [old.ScheduleId], [old.RoomId], now, ct);
        var previous = await db.TelemedicineAppointments.Include(a => a.Schedule).ThenInclude(s => s!.Practice).Include(a => a.Room)
            .SingleAsync(a => a.Id == appointmentId, ct);
        if (previous.Status is not (AppointmentStatus.CancelledByPracticeClosure or AppointmentStatus.CancelledByRoomClosure)
            || previous.HoldExpiresAt is not null)
        {
            return DomainProblem.Conflict("Appointment.NotClosedOut");
        }
        if (previous.RebookedToId is not null)
        {
            return DomainProblem.Conflict("Appointment.AlreadyRebooked");
        }
        var moved = await move.PlaceAsync(previous, slotId, roomId, scheduleId, start, rooms, now, ct);
        if (moved.Value is not { } receipt)
        {
            return moved.Problem!;
        }
        var appointment = receipt.Appointment;
        audit.Record(actor, AuditAction.Create, "TelemedicineAppointment", appointment.Id.ToString(), appointment.SiteId,
            AuditSubject.Appointment(appointment.UserId, appointment.Id));
        if (!await DatabaseConflicts.TrySaveAsync(db, DatabaseConflicts.IsConstraint, ct))
        {
            return DomainProblem.Conflict("Slot.Taken");
        }
        await transaction.CommitAsync(ct);
        return receipt;
    }
}
