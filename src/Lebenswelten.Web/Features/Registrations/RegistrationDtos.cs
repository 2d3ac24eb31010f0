using System.Text.Json.Serialization;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Registrations;

/// <summary>
/// A registration request. Guests give name and e-mail; account holders may send no body at all.
/// Postal code, birth year and sex are voluntary and only counted anonymously for the insurers.
/// Unknown fields are refused (400), so that a misspelt "postcode" does not vanish silently.
/// </summary>
/// <param name="Sex">"female", "male" or "diverse".</param>
/// <param name="Language">"de" or "en": the language of the mails.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RegisterRequest(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? PostalCode = null,
    int? BirthYear = null,
    string? Sex = null,
    string? Language = null);

/// <summary>The answer to a registration. <see cref="ManageUrl"/> is the guest's personal link: their own secret.</summary>
public sealed record RegistrationCreatedDto(Guid Id, string Status, int? WaitingListPosition, string? ManageUrl);

public sealed record RegistrationDto(
    Guid Id,
    Guid OfferingId,
    string OfferingTitle,
    string Status,
    int? WaitingListPosition,
    DateTimeOffset? FirstSessionStart,
    DateTimeOffset? CancellationDeadline,
    DateTimeOffset? OfferExpiresAt,
    DateTimeOffset? EmailConfirmationDueAt,
    DateTimeOffset CreatedAt)
{
    public static string StatusName(RegistrationStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Needs the registration's offering loaded.</summary>
    public static RegistrationDto From(Registration registration, int? position)
    {
        var offering = registration.Offering!;
        var unconfirmedGuest = registration.IsGuest && registration.EmailConfirmedAt is null && registration.IsActive;
        return new RegistrationDto(registration.Id, offering.Id, offering.Title, StatusName(registration.Status), position,
            offering.FirstSessionStart, RegistrationService.CancellationDeadline(offering), registration.OfferExpiresAt,
            unconfirmedGuest ? registration.ConfirmationDueAt : null, registration.CreatedAt);
    }
}
