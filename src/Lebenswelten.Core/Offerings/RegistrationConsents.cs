using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// The consents a registration asks for: the voluntary statistics fields and a guest's phone number. Records them with
/// the registration, and removes the covered fields when one is withdrawn (<see cref="IConsentHolder"/>).
/// </summary>
public sealed class RegistrationConsents(LebensweltenDbContext db) : IConsentHolder
{
    /// <summary>
    /// Adds the consents a new registration carries, into the caller's unit of work: filling in the voluntary
    /// fields below the consent text is the affirmative act (GDPR Art. 4(11)); leaving them empty gives none.
    /// </summary>
    /// <remarks>A registration staff entered on a call (<see cref="Registration.RegisteredByUserId"/>) carries the consent the
    /// person gave on the phone, which staff confirmed on the form: recorded as such, with who entered it.</remarks>
    public static void RecordFor(LebensweltenDbContext db, Registration registration, DateTimeOffset now)
    {
        var channel = registration.RegisteredByUserId is null ? ConsentChannel.Web : ConsentChannel.Phone;
        if (registration.PostalCode is not null || registration.BirthYear is not null || registration.Sex is not null)
        {
            ConsentBook.Record(db, registration.UserId, registration.Id, ConsentPurposes.RegistrationStatistics,
                registration.Language, now, channel, registration.RegisteredByUserId);
        }
        if (registration.Phone is not null)
        {
            ConsentBook.Record(db, registration.UserId, registration.Id, ConsentPurposes.GuestContact, registration.Language, now,
                channel, registration.RegisteredByUserId);
        }
    }

    public async Task WithdrawnAsync(Consent consent, CancellationToken ct)
    {
        var covered = db.Registrations.Where(r => r.Id == consent.RegistrationId);
        if (consent.Purpose == ConsentPurposes.RegistrationStatistics)
        {
            await covered.ExecuteUpdateAsync(u => u.SetProperty(r => r.PostalCode, (string?)null)
                .SetProperty(r => r.BirthYear, (int?)null).SetProperty(r => r.Sex, (Sex?)null), ct);
        }
        else if (consent.Purpose == ConsentPurposes.GuestContact)
        {
            await covered.ExecuteUpdateAsync(u => u.SetProperty(r => r.Phone, (string?)null), ct);
        }
    }
}
