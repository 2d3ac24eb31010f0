using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>One person on an offering's list, for its managers only (GDPR Art. 9: every read is audited).</summary>
public sealed record ParticipantDto(
    Guid Id, string Name, string? Email, string? Phone, RegistrationStatus Status, int? Position,
    DateTimeOffset RegisteredAt, bool IsGuest, bool? EmailConfirmed, bool RegisteredByPhone)
{
    public static ParticipantDto From(Participant p) => new(
        p.Registration.Id, p.Registration.Name, p.Registration.Email, p.Registration.Phone, p.Registration.Status, p.Position,
        p.Registration.CreatedAt, p.Registration.IsGuest, p.Registration.IsGuest ? p.Registration.EmailConfirmedAt is not null : null,
        p.Registration.RegisteredByUserId is not null);
}

/// <summary>
/// A person who called, as staff enter them (POST /api/offerings/{id}/participants). consentGiven: the person agreed on the
/// phone to what the registration stores; language: "de" or "en", of the mails. Unknown fields are refused (400).
/// </summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record PhoneRegistrationDto(string? Name, string? Phone, string? Email = null, bool ConsentGiven = false,
    string? Language = null)
{
    public PhoneRegistrationDraft ToDraft() => new(Name, Phone, Email, ConsentGiven, Language);
}
