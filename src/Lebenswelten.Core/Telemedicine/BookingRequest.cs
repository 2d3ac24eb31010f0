using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Who the appointment is for. Account holders: <see cref="UserId"/> set, name and e-mail from the account.
/// Guests (and patients booked by practice software over FHIR): a name and at least one of e-mail and phone.
/// </summary>
public sealed record Patient(string? UserId, string Name, string? Email, string? Phone = null, string Language = "de");

/// <summary>
/// A booking: a slot (<see cref="SlotId"/>), the room (null: the first free room that serves the slot, by name),
/// the kind of consultation and an optional short reason for the practice.
/// </summary>
public sealed record BookingRequest(string SlotId, Guid? RoomId, ConsultationKind Kind, Patient Patient, string? Reason = null);

/// <summary>Who acts on an existing appointment as its patient: the account, or the holder of the personal link.</summary>
public sealed record AppointmentActor(string? UserId, string? Token = null);

/// <summary>The booked appointment and, for guests, the token of their personal link (shown once, and mailed).</summary>
public sealed record BookingReceipt(TelemedicineAppointment Appointment, string? GuestToken);

public static class BookingRules
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    public static DomainProblem? Validate(BookingRequest request)
    {
        var e = new FieldErrors();
        var who = request.Patient;
        e.AddIf(string.IsNullOrWhiteSpace(who.Name), "Name", "Required");
        e.AddIf(who.Name?.Length > MaxNameLength, "Name", "TooLong");
        e.AddIf(who.UserId is null && string.IsNullOrWhiteSpace(who.Email) && string.IsNullOrWhiteSpace(who.Phone), "Email", "Required");
        e.AddIf(!string.IsNullOrWhiteSpace(who.Email) && !ContactRules.IsEmail(who.Email.Trim()), "Email", "InvalidEmail");
        if (!string.IsNullOrWhiteSpace(who.Phone))
        {
            // "0" or "123" would reach nobody: the practice must be able to call back (issue 15).
            e.AddIf(who.Phone.Length > 40, "Phone", "TooLong");
            e.AddIf(who.Phone.Length <= 40 && !TypedPhone.IsValid(who.Phone), "Phone", "InvalidPhone");
        }
        e.AddIf(!Enum.IsDefined(request.Kind), nameof(request.Kind), "Unknown");
        e.AddIf(request.Reason is { Length: > MaxReasonLength }, nameof(request.Reason), "TooLong");
        return e.Any ? e.ToProblem() : null;
    }
}
