namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>The answer to a registration. <see cref="ManageUrl"/> is the guest's personal link: their own secret.</summary>
public sealed record RegistrationCreatedDto(Guid Id, string Status, int? WaitingListPosition, string? ManageUrl);
