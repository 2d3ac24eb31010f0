namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Who the appointment is for. Account holders: <see cref="UserId"/> set, name and e-mail from the account.
/// Guests (and patients booked by practice software over FHIR): a name and at least one of e-mail and phone.
/// </summary>
public sealed record Patient(string? UserId, string Name, string? Email, string? Phone = null, string Language = "de");
