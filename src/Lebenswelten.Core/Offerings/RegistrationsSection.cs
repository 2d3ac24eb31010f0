using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>The offerings capability's part of a person's export: each registration with its sessions and attendance.</summary>
public sealed record RegistrationsSection(IReadOnlyList<PersonalRegistration> Registrations)
    : PersonalDataSection(RegistrationPersonalData.CapabilityName);

public sealed record PersonalRegistration(
    Guid Id, Guid OfferingId, string OfferingTitle, string? Provider, RegistrationStatus Status,
    string Name, string? Email, string? Phone, string? PostalCode, int? BirthYear, Sex? Sex, string Language,
    DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? CancelledAt,
    IReadOnlyList<PersonalSession> Sessions);

/// <summary>One session of the offering; <see cref="Present"/> is null when no attendance was taken.</summary>
public sealed record PersonalSession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool? Present);
