using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine.Video;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Book, cancel, rebook: the one place these rules live, for pages, the JSON API and FHIR alike. Each use case is one
/// transaction holding the locks of the schedules and rooms it touches (<see cref="TelemedicineLock"/>); the
/// booking re-checks the slot and the room under them. Outcomes: the slot or room taken → Conflict (409); outside
/// the hours, the horizon or the notice, kind not offered → Invalid (422); unknown → NotFound.
/// </summary>
public sealed class BookingService(
    LebensweltenDbContext db, SlotPlacement placement, AppointmentMove move, TelemedicineMails mails, AppointmentTokens tokens,
    GuestContacts contacts, TelemedicineAccess access, AuditLog audit, IOptions<GuestBookingOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Books a slot. A guest booking for themselves only holds it (<see cref="GuestBookingOptions.GuestHoldMinutes"/>)
    /// until they verify the address with the link or code from the mail (<see cref="ContactVerification"/>), and is
    /// limited per address and number; the practice booking for its patient vouches for the contact (issue 15).
    /// </summary>
    public async Task<Outcome<BookingReceipt>> BookAsync(BookingRequest request, AuditActor actor, CancellationToken ct)
    {
        if (BookingRules.Validate(request) is { } invalid)
        {
            return invalid;
        }
        if (!SlotId.TryParse(request.SlotId, out var scheduleId, out var start))
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var selfBookedGuest = request.Patient.UserId is null && !await ActsForPracticeAsync(actor, scheduleId, ct);
        if (selfBookedGuest && string.IsNullOrWhiteSpace(request.Patient.Email))
        {
            return DomainProblem.Field("Email", "RequiredForVerification");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // No savepoint around the save (two round trips): a refused save ends the use case with a rollback (issue 21).
        db.Database.AutoSavepointsEnabled = false;
        if (selfBookedGuest && await contacts.LockAndCheckAsync(request.Patient, now, ct) is { } tooMany)
        {
            return tooMany;
        }
        var placed = await placement.LockAndPlaceAsync(request, scheduleId, start, now, ct);
        if (placed.Value is not { } appointment)
        {
            return placed.Problem!;
        }
        var token = appointment.IsGuest ? tokens.Issue(appointment) : null;
        if (selfBookedGuest)
        {
            var (verification, code) = tokens.IssueVerification(appointment);
            appointment.HoldExpiresAt = now + options.Value.GuestHold;
            mails.VerifyContact(appointment, verification, code, now);
        }
        else
        {
            mails.Booked(appointment, token, now);
        }
        audit.Record(actor, AuditAction.Create, "TelemedicineAppointment", appointment.Id.ToString(), appointment.SiteId,
            AuditSubject.Appointment(appointment.UserId, appointment.Id));
        if (!await SaveAsync(ct))
        {
            return DomainProblem.Conflict("Slot.Taken");
        }
        await transaction.CommitAsync(ct);
        return new BookingReceipt(appointment, token);
    }

    /// <summary>The patient cancels, until the schedule's deadline before the start.</summary>
    public Task<Outcome<TelemedicineAppointment>> CancelByPatientAsync(Guid appointmentId, AppointmentActor who, AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(appointmentId, appointment => Task.FromResult(!MayAct(who, appointment)
            ? DomainProblem.NotFound("Appointment.NotFound")
            : CheckDeadline(appointment) ?? Cancel(appointment, AppointmentStatus.CancelledByResident, null)), actor, ct);

    /// <summary>The practice cancels at any time before the end, with a reason for the patient.</summary>
    public Task<Outcome<TelemedicineAppointment>> CancelByPracticeAsync(Guid appointmentId, string? reason, AuditActor actor,
        CancellationToken ct) =>
        ChangeAsync(appointmentId, async appointment =>
        {
            if (appointment.HoldExpiresAt is not null
                || !await access.IsPracticeAsync(actor.UserId, appointment.SiteId, appointment.PracticeOrganisationId, ct))
            {
                return DomainProblem.NotFound("Appointment.NotFound");
            }
            if (reason is { Length: > ClosureRules.MaxReasonLength })
            {
                return DomainProblem.Field("Reason", "TooLong");
            }
            return appointment.EndsAt < clock.GetUtcNow() ? DomainProblem.Conflict("Appointment.Past")
                : Cancel(appointment, AppointmentStatus.CancelledByPractice, reason);
        }, actor, ct);

    /// <summary>
    /// Moves an appointment to another slot (and room) in one transaction: the new one is booked and the old one
    /// released together, or neither (a taken slot leaves the old appointment exactly as it was).
    /// </summary>
    public async Task<Outcome<BookingReceipt>> RebookAsync(Guid appointmentId, AppointmentActor who, string slotId, Guid? roomId,
        AuditActor actor, CancellationToken ct)
    {
        if (!SlotId.TryParse(slotId, out var scheduleId, out var start))
        {
            return DomainProblem.NotFound("Slot.NotFound");
        }
        var old = await db.TelemedicineAppointments.AsNoTracking().Where(a => a.Id == appointmentId)
            .Select(a => new { a.ScheduleId, a.RoomId }).SingleOrDefaultAsync(ct);
        if (old is null)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rooms = await placement.LockAsync(scheduleId, roomId, [old.ScheduleId], [old.RoomId], now, ct);
        var previous = await Tracked(appointmentId).SingleAsync(ct);
        if (!MayAct(who, previous))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        if (CheckDeadline(previous) is { } late)
        {
            return late;
        }
        if (previous.AwaitsVerification)
        {
            // A hold moves nowhere: it becomes an appointment only by verifying the address.
            return DomainProblem.Conflict("Appointment.NotVerified");
        }
        // Released first and saved inside the transaction, so that the new booking may take the old one's place.
        (previous.Status, previous.CancelledAt) = (AppointmentStatus.Rebooked, now);
        await db.SaveChangesAsync(ct);
        var moved = await move.PlaceAsync(previous, slotId, roomId, scheduleId, start, rooms, now, ct);
        if (moved.Value is not { } receipt)
        {
            return moved.Problem!;
        }
        audit.Record(actor, AuditAction.Change, "TelemedicineAppointment", previous.Id.ToString(), previous.SiteId,
            AuditSubject.Appointment(previous.UserId, previous.Id));
        if (!await SaveAsync(ct))
        {
            return DomainProblem.Conflict("Slot.Taken");
        }
        await transaction.CommitAsync(ct);
        return receipt;
    }

    public static DateTimeOffset CancellationDeadline(TelemedicineAppointment appointment) =>
        appointment.StartsAt.AddHours(-(appointment.Schedule?.CancellationDeadlineHours ?? 0));

    /// <summary>Whether the patient may still cancel or rebook: booked, and the deadline not passed.</summary>
    public static bool MayChange(TelemedicineAppointment appointment, DateTimeOffset now) =>
        appointment.IsBooked && now <= CancellationDeadline(appointment);

    private DomainProblem? CheckDeadline(TelemedicineAppointment appointment) =>
        !appointment.IsBooked ? DomainProblem.Conflict("Appointment.NotBooked")
        : clock.GetUtcNow() > CancellationDeadline(appointment) ? DomainProblem.Conflict("Appointment.DeadlinePassed")
        : null;

    private DomainProblem? Cancel(TelemedicineAppointment appointment, AppointmentStatus status, string? reason)
    {
        if (!appointment.IsBooked)
        {
            return DomainProblem.Conflict("Appointment.NotBooked");
        }
        AppointmentCancellation.Apply(appointment, status, reason, clock.GetUtcNow());
        mails.Cancelled(appointment, appointment.CancelledAt!.Value);
        return null;
    }

    private async Task<Outcome<TelemedicineAppointment>> ChangeAsync(Guid appointmentId,
        Func<TelemedicineAppointment, Task<DomainProblem?>> change, AuditActor actor, CancellationToken ct)
    {
        var ids = await db.TelemedicineAppointments.AsNoTracking().Where(a => a.Id == appointmentId)
            .Select(a => new { a.ScheduleId, a.RoomId }).SingleOrDefaultAsync(ct);
        if (ids is null)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TelemedicineLock.HoldAsync(db, [ids.ScheduleId], [ids.RoomId], ct);
        var appointment = await Tracked(appointmentId).SingleAsync(ct);
        if (await change(appointment) is { } problem)
        {
            return problem;
        }
        audit.Record(actor, AuditAction.Change, "TelemedicineAppointment", appointment.Id.ToString(), appointment.SiteId,
            AuditSubject.Appointment(appointment.UserId, appointment.Id));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return appointment;
    }

    private IQueryable<TelemedicineAppointment> Tracked(Guid appointmentId) =>
        db.TelemedicineAppointments.Include(a => a.Schedule).ThenInclude(s => s!.Practice).Include(a => a.Room)
            .Where(a => a.Id == appointmentId);

    /// <summary>The database's own refusal (unique slot index, PostgreSQL's overlap constraint) is a conflict too.</summary>
    private Task<bool> SaveAsync(CancellationToken ct) => DatabaseConflicts.TrySaveAsync(db, DatabaseConflicts.IsConstraint, ct);

    private async Task<bool> ActsForPracticeAsync(AuditActor actor, Guid scheduleId, CancellationToken ct)
    {
        if (actor.UserId is null)
        {
            return false;
        }
        var schedule = await db.ConsultationSchedules.AsNoTracking().Where(s => s.Id == scheduleId)
            .Select(s => new { s.SiteId, s.PracticeOrganisationId }).SingleOrDefaultAsync(ct);
        return schedule is not null && await access.IsPracticeAsync(actor.UserId, schedule.SiteId, schedule.PracticeOrganisationId, ct);
    }

    private bool MayAct(AppointmentActor who, TelemedicineAppointment appointment) => PatientAppointments.MayAct(tokens, who, appointment);
}

/// <summary>Marks an appointment cancelled; its slot and room are free from then on.</summary>
internal static class AppointmentCancellation
{
    public static void Apply(TelemedicineAppointment appointment, AppointmentStatus status, string? reason, DateTimeOffset now)
    {
        appointment.Status = status;
        appointment.CancelledAt = now;
        appointment.CancellationReason = TypedText.TrimmedOrNull(reason);
    }
}
