using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.Registrations;

/// <summary>One's own registration: its status and, while waiting, the position on the waiting list.</summary>
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
