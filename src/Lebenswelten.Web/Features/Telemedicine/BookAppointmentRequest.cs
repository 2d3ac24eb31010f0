using System.Text.Json.Serialization;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

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
