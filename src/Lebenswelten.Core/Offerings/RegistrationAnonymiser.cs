using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Strips a registration of everything that points to a person. What stays (offering, status, sequence, dates,
/// language, attendance rows) is what the counts per offering and the attendance reports are made of; no
/// year-of-birth band or sex stays, because in a course of ten people those alone can point to someone.
/// </summary>
internal static class RegistrationAnonymiser
{
    public static async Task AnonymiseAsync(LebensweltenDbContext db, IReadOnlyCollection<Registration> registrations,
        DateTimeOffset now, CancellationToken ct)
    {
        foreach (var registration in registrations)
        {
            registration.Name = "";
            registration.Email = null;
            registration.NormalizedEmail = null;
            registration.Phone = null;
            registration.PostalCode = null;
            registration.BirthYear = null;
            registration.Sex = null;
            registration.UserId = null;
            registration.ProtectedToken = null;
            registration.ProtectedConfirmationToken = null;
            registration.AnonymisedAt = now;
        }
        await ConsentBook.ForgetPersonAsync(db, registrations.Select(r => r.Id).ToList(), ct);
    }
}
