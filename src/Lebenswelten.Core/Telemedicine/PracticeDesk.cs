using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The practice's view of its appointments, with the patient's name, contact and reason: for the practice concerned
/// only (another practice gets "not found"), and every read audited, one line per person shown. The FHIR
/// Appointment search and read sit on these two methods. A guest's booking shows only once the address is verified.
/// </summary>
public sealed class PracticeDesk(LebensweltenDbContext db, TelemedicineAccess access, AuditLog audit)
{
    public const int MaxDays = 62;

    /// <summary>The practice's appointments between two Europe/Berlin dates (both inclusive), all states, by start.</summary>
    public async Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> AppointmentsAsync(Guid practiceOrganisationId,
        DateOnly from, DateOnly to, AuditActor actor, CancellationToken ct)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return DomainProblem.Field("To", "OutOfRange");
        }
        if (await SiteOfOwnPracticeAsync(practiceOrganisationId, actor, ct) is not { } siteId)
        {
            return DomainProblem.NotFound("Practice.NotFound");
        }
        var appointments = await Appointments().Where(a => a.PracticeOrganisationId == practiceOrganisationId
            && a.LocalDate >= from && a.LocalDate <= to).OrderBy(a => a.StartsAt).ToListAsync(ct);
        await audit.RecordReadAsync(actor, "Telemedicine.PracticeAppointments",
            $"{practiceOrganisationId}/{from:yyyy-MM-dd}/{to:yyyy-MM-dd}",
            siteId, ct, subjects: appointments.Select(a => AuditSubject.Appointment(a.UserId, a.Id)));
        return appointments;
    }

    /// <summary>
    /// The practice's next booked appointments starting after a moment (at most <paramref name="limit"/>, within
    /// <see cref="MaxDays"/>): the "coming up" list and the empty day's pointer. Only those shown are audited.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<TelemedicineAppointment>>> UpcomingAsync(Guid practiceOrganisationId, DateTimeOffset after,
        int limit, AuditActor actor, CancellationToken ct)
    {
        if (await SiteOfOwnPracticeAsync(practiceOrganisationId, actor, ct) is not { } siteId)
        {
            return DomainProblem.NotFound("Practice.NotFound");
        }
        var until = after.AddDays(MaxDays);
        var appointments = await Appointments().Where(a => a.PracticeOrganisationId == practiceOrganisationId
            && a.Status == AppointmentStatus.Booked && a.StartsAt > after && a.StartsAt < until)
            .OrderBy(a => a.StartsAt).Take(Math.Clamp(limit, 1, 100)).ToListAsync(ct);
        if (appointments.Count > 0)
        {
            await audit.RecordReadAsync(actor, "Telemedicine.PracticeUpcoming", $"{practiceOrganisationId}/{after:O}", siteId, ct,
                subjects: appointments.Select(a => AuditSubject.Appointment(a.UserId, a.Id)));
        }
        return appointments;
    }

    private async Task<Guid?> SiteOfOwnPracticeAsync(Guid practiceOrganisationId, AuditActor actor, CancellationToken ct)
    {
        var siteId = await db.Organisations.Where(o => o.Id == practiceOrganisationId).Select(o => (Guid?)o.SiteId)
            .SingleOrDefaultAsync(ct);
        return siteId is not null && await access.IsPracticeAsync(actor.UserId, siteId.Value, practiceOrganisationId, ct) ? siteId : null;
    }

    public async Task<Outcome<TelemedicineAppointment>> AppointmentAsync(Guid appointmentId, AuditActor actor, CancellationToken ct)
    {
        var appointment = await Appointments().SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
        if (appointment is null || !await access.IsPracticeAsync(actor.UserId, appointment.SiteId, appointment.PracticeOrganisationId, ct))
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        await audit.RecordReadAsync(actor, "Telemedicine.Appointment", appointment.Id.ToString(), appointment.SiteId, ct,
            subjects: [AuditSubject.Appointment(appointment.UserId, appointment.Id)]);
        return appointment;
    }

    private IQueryable<TelemedicineAppointment> Appointments() => db.TelemedicineAppointments.WithRoomAndPractice().Verified();
}
