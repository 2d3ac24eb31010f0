using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Telemedicine.Video;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>One's own appointment, as the patient sees it (the reason is theirs, so it is included).</summary>
public sealed record AppointmentDto(Guid Id, AppointmentStatus Status, DateTimeOffset Start, DateTimeOffset End, string Practice,
    Guid ScheduleId, Guid RoomId, string Room, string Place, ConsultationKind Kind, string? Reason, string CheckInCode,
    DateTimeOffset CancellationDeadline, DateTimeOffset VideoOpensAt, string? CancellationReason, DateTimeOffset? VerificationDueAt)
{
    /// <summary>Needs the appointment's schedule, practice and room loaded.</summary>
    public static AppointmentDto From(TelemedicineAppointment a) => new(a.Id, a.Status, a.StartsAt, a.EndsAt,
        a.Schedule?.Practice?.Name ?? "", a.ScheduleId, a.RoomId, a.Room?.Name ?? "",
        a.Room is { } room ? TelemedicineText.Place(room) : "", a.Kind, a.Reason, a.CheckInCode, BookingService.CancellationDeadline(a),
        VideoAccess.OpensAt(a), a.CancellationReason, a.AwaitsVerification ? a.HoldExpiresAt : null);
}
