using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A booked video consultation (ISiK "Termin", FHIR Appointment): one practice slot and one room, held together.
/// GDPR Art. 9 data: only the person, the practice concerned and the room's staff (name and time only) see it.
/// Deleted <see cref="Privacy.RetentionOptions.TelemedicineDays"/> after its end.
/// </summary>
public sealed class TelemedicineAppointment : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid ScheduleId { get; set; }
    public ConsultationSchedule? Schedule { get; set; }
    /// <summary>The schedule's practice, kept here so every practice query filters on one column.</summary>
    public Guid PracticeOrganisationId { get; set; }
    public Guid RoomId { get; set; }
    public TelemedicineRoom? Room { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    /// <summary>End plus the room's buffer at booking time: the room is blocked for [StartsAt, RoomBlockedUntil).</summary>
    public DateTimeOffset RoomBlockedUntil { get; set; }
    /// <summary>The Europe/Berlin date of the start: day lists, closures and check-in codes go by it.</summary>
    public DateOnly LocalDate { get; set; }
    public ConsultationKind Kind { get; set; }
    /// <summary>The resident's short reason for the practice (health data: never shown to the room's staff).</summary>
    public string? Reason { get; set; }

    /// <summary>Null for guests, who booked without an account.</summary>
    public string? UserId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    /// <summary>Upper-invariant e-mail, for the limit of bookings per address.</summary>
    public string? NormalizedEmail { get; set; }
    /// <summary>In E.164 form (+4917612345678), so that one number is counted once however it was typed.</summary>
    public string? Phone { get; set; }
    public string Language { get; set; } = "de";
    /// <summary>A guest's personal link token, encrypted with the data-protection keys (like a registration's).</summary>
    public string? ProtectedToken { get; set; }

    /// <summary>
    /// A guest who booked for themselves holds the slot only until this time, unless they verify their address first
    /// (link or code from the mail); then it lapses (<see cref="AppointmentStatus.HoldExpired"/>). Null: verified, or
    /// booked by an account or by the practice. Until verified, neither the practice nor the room sees the booking.
    /// </summary>
    public DateTimeOffset? HoldExpiresAt { get; set; }
    public DateTimeOffset? ContactVerifiedAt { get; set; }
    /// <summary>
    /// The secret of the verification link, which only the mail carries (the six-digit code derives from it). Set for
    /// every booking a guest made for themselves, so that the per-contact limits count exactly those.
    /// </summary>
    public string? ProtectedVerificationToken { get; set; }
    /// <summary>Codes typed so far; a few wrong ones end the code's use (the link still works).</summary>
    public int VerificationAttempts { get; set; }

    public AppointmentStatus Status { get; set; }
    /// <summary>Short code for the check-in at the room, unique per room and day.</summary>
    public required string CheckInCode { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    /// <summary>The meeting's name at the video service (Jitsi room), unguessable.</summary>
    public string? MeetingRoom { get; set; }
    /// <summary>A link the practice pasted for this appointment (pasted-link provider); wins over the schedule's.</summary>
    public string? VideoLink { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public Guid? RebookedToId { get; set; }

    public bool IsBooked => Status == AppointmentStatus.Booked;
    /// <summary>Booked by a guest who has not yet verified the address: the slot is held, nobody else sees it.</summary>
    public bool AwaitsVerification => IsBooked && HoldExpiresAt is not null;
    public bool IsGuest => UserId is null;
}
