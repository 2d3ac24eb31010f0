using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>One person on an offering's list, for its managers only (GDPR Art. 9: every read is audited).</summary>
public sealed record ParticipantDto(
    Guid Id, string Name, string? Email, string? Phone, RegistrationStatus Status, int? Position,
    DateTimeOffset RegisteredAt, bool IsGuest, bool? EmailConfirmed)
{
    public static ParticipantDto From(Participant p) => new(
        p.Registration.Id, p.Registration.Name, p.Registration.Email, p.Registration.Phone, p.Registration.Status, p.Position,
        p.Registration.CreatedAt, p.Registration.IsGuest, p.Registration.IsGuest ? p.Registration.EmailConfirmedAt is not null : null);
}
