using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Core.Privacy;

/// <summary>Everything the platform holds about one person (GDPR Art. 15, 20), as one document.</summary>
public sealed record PersonalData(
    DateTimeOffset CreatedAt,
    PersonalAccount? Account,
    IReadOnlyList<PersonalRole> Roles,
    IReadOnlyList<PersonalRegistration> Registrations,
    IReadOnlyList<PersonalAppointment> Appointments,
    IReadOnlyList<PersonalConsent> Consents,
    IReadOnlyList<PersonalAuditEntry> AuditEntries);

public sealed record PersonalAccount(string Id, string? Email, string? DisplayName, bool EmailConfirmed, bool TwoFactorEnabled);

public sealed record PersonalRole(string Site, string SiteName, string Role, string? Organisation);

public sealed record PersonalRegistration(
    Guid Id, Guid OfferingId, string OfferingTitle, string? Provider, RegistrationStatus Status,
    string Name, string? Email, string? Phone, string? PostalCode, int? BirthYear, Sex? Sex, string Language,
    DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? CancelledAt,
    IReadOnlyList<PersonalSession> Sessions);

/// <summary>One session of the offering; <see cref="Present"/> is null when no attendance was taken.</summary>
public sealed record PersonalSession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool? Present);

/// <summary>A telemedicine appointment, with everything the practice sees of it.</summary>
public sealed record PersonalAppointment(
    Guid Id, string Practice, string Room, DateTimeOffset StartsAt, DateTimeOffset EndsAt, ConsultationKind Kind, string? Reason,
    AppointmentStatus Status, string Name, string? Email, string? Phone, string Language, string CheckInCode,
    DateTimeOffset? CheckedInAt, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt, string? CancellationReason)
{
    public static PersonalAppointment From(TelemedicineAppointment a) => new(a.Id, a.Schedule?.Practice?.Name ?? "", a.Room?.Name ?? "",
        a.StartsAt, a.EndsAt, a.Kind, a.Reason, a.Status, a.Name, a.Email, a.Phone, a.Language, a.CheckInCode, a.CheckedInAt,
        a.CreatedAt, a.CancelledAt, a.CancellationReason);
}

public sealed record PersonalConsent(Guid Id, string Purpose, string TextVersion, string Language,
    DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt, Guid? RegistrationId);

/// <summary>Who did what with the person's data; <see cref="ByMe"/> tells the person's own actions apart.</summary>
public sealed record PersonalAuditEntry(DateTimeOffset At, AuditAction Action, string DataKind, string? RecordId,
    string? ActorUserId, bool ByMe);
