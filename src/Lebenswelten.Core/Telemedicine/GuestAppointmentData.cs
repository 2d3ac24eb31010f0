using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A guest's data rights for a video appointment through its personal link (GDPR Art. 15, 17, 20): download it, or have
/// it erased at once, which also frees the time. Privacy's shared parts (audit, mails) do the rest.
/// </summary>
public sealed class GuestAppointmentData(PatientAppointments appointments, PersonalDataExport export,
    Erasure erasure, AppointmentRemoval removal)
{
    public async Task<Outcome<PersonalData>> ExportAsync(Guid appointmentId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(appointmentId, token, ct) is not { } appointment)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        return await export.ForGuestAsync(Record(appointment), new AppointmentsSection([PersonalAppointment.From(appointment)]), actor, ct);
    }

    public async Task<Outcome<int>> EraseAsync(Guid appointmentId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(appointmentId, token, ct) is not { } appointment)
        {
            return DomainProblem.NotFound("Appointment.NotFound");
        }
        return await erasure.EraseGuestRecordAsync(Record(appointment),
            inner => removal.DeleteAsync(a => a.Id == appointmentId, inner), actor, ct);
    }

    private async Task<TelemedicineAppointment?> FindAsync(Guid appointmentId, string? token, CancellationToken ct) =>
        await appointments.FindAsync(appointmentId, new AppointmentActor(null, token), ct) is { IsGuest: true } found ? found : null;

    private static GuestRecord Record(TelemedicineAppointment appointment) =>
        new("TelemedicineAppointment", appointment.Id, AuditSubject.Appointment(null, appointment.Id), appointment.Email);
}
