namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Who acts on an existing registration as its participant: its account, or the holder of its personal link. The
/// offering's staff act through <see cref="RegistrationService.CancelByProviderAsync"/>, which checks their access itself.
/// </summary>
public sealed record RegistrationActor(string? UserId, string? Token = null);
