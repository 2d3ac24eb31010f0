using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>The telemedicine capability's part of a person's export: the video appointments, as the practice sees them.</summary>
public sealed record AppointmentsSection(IReadOnlyList<PersonalAppointment> Appointments)
    : PersonalDataSection(AppointmentPersonalData.CapabilityName);

/// <summary>A telemedicine appointment, with everything the practice sees of it.</summary>
public sealed record PersonalAppointment(
    Guid Id, string Practice, string Room, DateTimeOffset StartsAt, DateTimeOffset EndsAt, ConsultationKind Kind, string? Reason,
    AppointmentStatus Status, string Name, string? Email, string? Phone, string Language, string CheckInCode,
    DateTimeOffset? CheckedInAt, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt, string? CancellationReason)
{
    public static PersonalAppointment From(TelemedicineAppointment a) => new(a.Id, a.Schedule?.Practice?.Name ?? "",
        a.Room?.Name ?? "", a.StartsAt, a.EndsAt, a.Kind, a.Reason, a.Status, a.Name, a.Email, a.Phone, a.Language,
        a.CheckInCode, a.CheckedInAt, a.CreatedAt, a.CancelledAt, a.CancellationReason);
}
