namespace Lebenswelten.Core.Offerings;

/// <summary>A registration just made, its waiting-list position, and a guest's personal link token (shown once).</summary>
public sealed record RegistrationReceipt(Registration Registration, int? WaitingListPosition, string? GuestToken);
