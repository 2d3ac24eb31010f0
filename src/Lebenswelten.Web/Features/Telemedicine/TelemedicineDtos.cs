using System.Text.Json.Serialization;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

public sealed record OpeningHoursDto(DayOfWeek Weekday, TimeOnly From, TimeOnly To);

public sealed record RoomDto(Guid Id, string Name, string? Street, string? PostalCode, string? City, string? District,
    double? Latitude, double? Longitude, string Equipment, IReadOnlyList<string> Accessibility, int BufferMinutes,
    IReadOnlyList<OpeningHoursDto> OpeningHours)
{
    public static RoomDto From(TelemedicineRoom r) => new(r.Id, r.Name, r.Address.Street, r.Address.PostalCode, r.Address.City,
        r.District?.Name, r.Latitude, r.Longitude, r.Equipment, r.Accessibility.Members().Select(a => a.ToString()).ToList(), r.BufferMinutes,
        r.OpeningHours.OrderBy(h => h.Weekday).ThenBy(h => h.From).Select(h => new OpeningHoursDto(h.Weekday, h.From, h.To)).ToList());
}

public sealed record ScheduleDto(Guid Id, string Name, Guid PracticeId, string Practice, int SlotMinutes,
    IReadOnlyList<ConsultationKind> Kinds, int HorizonDays, int MinNoticeHours, int CancellationDeadlineHours)
{
    public static ScheduleDto From(ConsultationSchedule s) => new(s.Id, s.Name, s.PracticeOrganisationId, s.Practice?.Name ?? "",
        s.SlotMinutes, s.Kinds.Members().ToList(), s.HorizonDays, s.MinNoticeHours, s.CancellationDeadlineHours);
}

public sealed record SlotDto(string Id, Guid ScheduleId, Guid PracticeId, DateTimeOffset Start, DateTimeOffset End, string Status,
    IReadOnlyList<Guid> FreeRoomIds)
{
    public static SlotDto From(Slot s) => new(s.Id, s.ScheduleId, s.PracticeOrganisationId, s.StartsAt, s.EndsAt,
        s.Status.ToString().ToLowerInvariant(), s.FreeRoomIds);
}

/// <summary>
/// A booking. With a bearer token the account books (name and e-mail from the account); without one a guest, who
/// gives a name and an e-mail address or a phone number. The reason is for the practice only.
/// </summary>
/// <param name="RoomId">Null: the first free room that serves the slot.</param>
/// <param name="Language">"de" or "en": the language of the mails.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BookAppointmentRequest(
    string? SlotId = null,
    Guid? RoomId = null,
    ConsultationKind? Kind = null,
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? Reason = null,
    string? Language = null);

/// <summary>
/// The booked appointment. <see cref="ManageUrl"/> is a guest's personal link: their own secret. A guest booking for
/// themselves holds the slot only until <see cref="VerificationDueAt"/>: the mail to the address carries a link and a
/// code that verify it (POST /api/telemedicine/appointments/{id}/verify with the code).
/// </summary>
public sealed record AppointmentCreatedDto(Guid Id, string Status, DateTimeOffset Start, DateTimeOffset End, string CheckInCode, string? ManageUrl,
    DateTimeOffset? VerificationDueAt);

/// <summary>The six-digit code from the verification mail.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record VerifyAppointmentRequest(string? Code = null);

/// <summary>One's own appointment, as the patient sees it (the reason is theirs, so it is included).</summary>
public sealed record AppointmentDto(Guid Id, string Status, DateTimeOffset Start, DateTimeOffset End, string Practice, Guid ScheduleId,
    Guid RoomId, string Room, string Place, ConsultationKind Kind, string? Reason, string CheckInCode, DateTimeOffset CancellationDeadline,
    DateTimeOffset VideoOpensAt, string? CancellationReason, DateTimeOffset? VerificationDueAt)
{
    public static string StatusName(AppointmentStatus status) => status.ToString();

    /// <summary>Needs the appointment's schedule, practice and room loaded.</summary>
    public static AppointmentDto From(TelemedicineAppointment a) => new(a.Id, StatusName(a.Status), a.StartsAt, a.EndsAt,
        a.Schedule?.Practice?.Name ?? "", a.ScheduleId, a.RoomId, a.Room?.Name ?? "", a.Room is { } room ? TelemedicineText.Place(room) : "",
        a.Kind, a.Reason, a.CheckInCode, BookingService.CancellationDeadline(a), Core.Telemedicine.Video.VideoAccess.OpensAt(a),
        a.CancellationReason, a.AwaitsVerification ? a.HoldExpiresAt : null);
}
