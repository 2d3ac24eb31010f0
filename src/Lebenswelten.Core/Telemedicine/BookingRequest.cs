namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// A booking: a slot (<see cref="SlotId"/>), the room (null: the first free room that serves the slot, by name),
/// the kind of consultation and an optional short reason for the practice.
/// </summary>
public sealed record BookingRequest(string SlotId, Guid? RoomId, ConsultationKind Kind, Patient Patient, string? Reason = null);

/// <summary>The booked appointment and, for guests, the token of their personal link (shown once, and mailed).</summary>
public sealed record BookingReceipt(TelemedicineAppointment Appointment, string? GuestToken);
