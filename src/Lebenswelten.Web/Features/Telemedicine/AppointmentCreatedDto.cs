using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>
/// The booked appointment. <see cref="ManageUrl"/> is a guest's personal link: their own secret. A guest booking for
/// themselves holds the slot only until <see cref="VerificationDueAt"/>: the mail to the address carries a link and a
/// code that verify it (POST /api/telemedicine/appointments/{id}/verify with the code).
/// </summary>
public sealed record AppointmentCreatedDto(Guid Id, AppointmentStatus Status, DateTimeOffset Start, DateTimeOffset End, string CheckInCode,
    string? ManageUrl, DateTimeOffset? VerificationDueAt);
