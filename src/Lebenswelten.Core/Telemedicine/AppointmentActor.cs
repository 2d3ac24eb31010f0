namespace Lebenswelten.Core.Telemedicine;

/// <summary>Who acts on an existing appointment as its patient: the account, or the holder of the personal link.</summary>
public sealed record AppointmentActor(string? UserId, string? Token = null);
