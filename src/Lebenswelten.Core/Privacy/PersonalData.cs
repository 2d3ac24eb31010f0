namespace Lebenswelten.Core.Privacy;

/// <summary>
/// Everything the platform holds about one person (GDPR Art. 15, 20), as one document: the account and its roles, one
/// section per capability that holds something (<see cref="IPersonalDataParticipant"/>), the consents, and who did
/// what with the data.
/// </summary>
public sealed record PersonalData(
    DateTimeOffset CreatedAt,
    PersonalAccount? Account,
    IReadOnlyList<PersonalRole> Roles,
    IReadOnlyList<PersonalDataSection> Sections,
    IReadOnlyList<PersonalConsent> Consents,
    IReadOnlyList<PersonalAuditEntry> AuditEntries);

public sealed record PersonalAccount(string Id, string? Email, string? DisplayName, bool EmailConfirmed, bool TwoFactorEnabled);

public sealed record PersonalRole(string Site, string SiteName, string Role, string? Organisation);

public sealed record PersonalConsent(Guid Id, string Purpose, string TextVersion, string Language,
    DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt, Guid? RegistrationId)
{
    public static PersonalConsent From(Consent c) =>
        new(c.Id, c.Purpose, c.TextVersion, c.Language, c.GivenAt, c.WithdrawnAt, c.RegistrationId);
}

/// <summary>Who did what with the person's data; <see cref="ByMe"/> tells the person's own actions apart.</summary>
public sealed record PersonalAuditEntry(DateTimeOffset At, AuditAction Action, string DataKind, string? RecordId,
    string? ActorUserId, bool ByMe);
