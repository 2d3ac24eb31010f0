using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A guest verifies the address of a booking: with the link from the mail (its own secret, which only the mail
/// carries), or by typing the code from the mail on the appointment page (with the personal link, and a few tries
/// only). Then the hold becomes an appointment the practice sees, and the booked mail goes out.
/// </summary>
public sealed class ContactVerification(LebensweltenDbContext db, AppointmentTokens tokens, TelemedicineMails mails,
    AuditLog audit, TimeProvider clock)
{
    /// <summary>Six digits, five tries: one chance in 200,000 for a guess (OWASP ASVS V2.2.1, anti-automation).</summary>
    public const int MaxCodeAttempts = 5;

    /// <summary>An appointment for the holder of its verification link; null for anyone else.</summary>
    public async Task<TelemedicineAppointment?> FindForLinkAsync(Guid appointmentId, string? token, CancellationToken ct) =>
        await FindAsync(appointmentId, ct) is { } appointment && tokens.VerifyLink(appointment, token) ? appointment : null;

    public async Task<Outcome<TelemedicineAppointment>> VerifyWithLinkAsync(Guid appointmentId, string? token, AuditActor actor,
        CancellationToken ct) =>
        await FindForLinkAsync(appointmentId, token, ct) is { } appointment
            ? await VerifyAsync(appointment, actor, ct)
            : DomainProblem.NotFound("Appointment.NotFound");

    public async Task<Outcome<TelemedicineAppointment>> VerifyWithCodeAsync(Guid appointmentId, AppointmentActor who, string? code,
        AuditActor actor, CancellationToken ct)
    {
        var appointment = await FindAsync(appointmentId, ct);
        if (appointment is null || !PatientAppointments.MayAct(tokens, who, appointment))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        if (appointment.AwaitsVerification)
        {
            // The try is counted before the code is compared, in one statement: parallel guesses cannot exceed the limit.
            var counted = await db.TelemedicineAppointments
                .Where(a => a.Id == appointmentId && a.VerificationAttempts < MaxCodeAttempts)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.VerificationAttempts, a => a.VerificationAttempts + 1), ct);
            if (counted == 0)
            {
                return DomainProblem.Conflict("Appointment.TooManyCodes");
            }
            if (!tokens.VerifyCode(appointment, code))
            {
                return DomainProblem.Field("Code", "WrongCode");
            }
        }
        return await VerifyAsync(appointment, actor, ct);
    }

    private async Task<Outcome<TelemedicineAppointment>> VerifyAsync(TelemedicineAppointment appointment, AuditActor actor,
        CancellationToken ct)
    {
        if (appointment.IsBooked && appointment.HoldExpiresAt is null)
        {
            return appointment;
        }
        if (!appointment.IsBooked && appointment.Status != AppointmentStatus.HoldExpired)
        {
            return DomainProblem.Conflict("Appointment.NotBooked");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One conditional statement: a hold that has lapsed (or that the expiry job on another node has just freed) stays lapsed.
        var verified = await db.TelemedicineAppointments
            .Where(a => a.Id == appointment.Id && a.Status == AppointmentStatus.Booked && a.HoldExpiresAt >= now)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.HoldExpiresAt, (DateTimeOffset?)null)
                .SetProperty(a => a.ContactVerifiedAt, now), ct);
        if (verified == 0)
        {
            return DomainProblem.Conflict("Appointment.HoldExpired");
        }
        (appointment.HoldExpiresAt, appointment.ContactVerifiedAt) = (null, now);
        mails.Booked(appointment, null, now);
        audit.Record(actor, AuditAction.Change, "TelemedicineAppointment", appointment.Id.ToString(), appointment.SiteId,
            appointment.UserId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return appointment;
    }

    private Task<TelemedicineAppointment?> FindAsync(Guid appointmentId, CancellationToken ct) =>
        db.TelemedicineAppointments.WithRoomAndPractice().SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
}
