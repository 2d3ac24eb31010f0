using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// A guest's data rights for a registration through its personal link, which stands in for an account and its password
/// (GDPR Art. 15, 17, 20): download the registration, or have it erased. Privacy's shared parts (audit, mails) do the rest.
/// </summary>
public sealed class GuestRegistrationData(LebensweltenDbContext db, RegistrationService registrations,
    RegistrationPersonalData personalData, PersonalDataExport export, Erasure erasure, TimeProvider clock)
{
    public async Task<Outcome<PersonalData>> ExportAsync(Guid registrationId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(registrationId, token, ct) is not { } registration)
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        var section = new RegistrationsSection(await personalData.ListAsync(db.Registrations.Where(r => r.Id == registrationId), ct));
        return await export.ForGuestAsync(Record(registration), section, actor, ct);
    }

    /// <summary>The place goes back to the waiting list, the registration is anonymised, its mails go.</summary>
    public async Task<Outcome<int>> EraseAsync(Guid registrationId, string? token, AuditActor actor, CancellationToken ct)
    {
        if (await FindAsync(registrationId, token, ct) is not { } found)
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        return await erasure.EraseGuestRecordAsync(Record(found), async inner =>
        {
            var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId, inner);
            await personalData.EraseAsync([registration], clock.GetUtcNow(), inner);
            return 1;
        }, actor, ct);
    }

    private async Task<Registration?> FindAsync(Guid registrationId, string? token, CancellationToken ct) =>
        await registrations.FindForAsync(registrationId, new RegistrationActor(null, token), ct) is { IsGuest: true } found ? found : null;

    private static GuestRecord Record(Registration registration) =>
        new("Registration", registration.Id, AuditSubject.Registration(null, registration.Id), registration.Email, registration.Id);
}
