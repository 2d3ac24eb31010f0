using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Offerings;

/// <summary>How many of an offering's sessions a participant attended.</summary>
public sealed record AttendanceShare(int Attended, int Sessions)
{
    public double Fraction => Sessions == 0 ? 0 : (double)Attended / Sessions;
}

/// <summary>What a certificate of participation shows, and whether the person has earned it.</summary>
public sealed record ParticipationCertificate(Registration Registration, Offering Offering, AttendanceShare Share, bool IsEligible);

/// <summary>
/// The certificate of participation (Teilnahmebescheinigung) that insurers ask for before they reimburse a
/// prevention course (§20 SGB V). The ZPP asks for regular participation, at least 80 % of the course.
/// </summary>
public sealed class CertificateRules(RegistrationService registrations, AttendanceBook book)
{
    public const double RequiredShare = 0.8;

    /// <summary>
    /// Counted against ALL sessions of the course, not only those that have taken place: a certificate says
    /// the course was attended, so it cannot be earned after the first two of ten sessions.
    /// </summary>
    public static bool IsEligible(Offering offering, Registration registration, AttendanceShare share) =>
        offering.Kind is OfferingKind.Course or OfferingKind.TrialCourse
        && registration.Status == RegistrationStatus.Confirmed
        && share.Sessions > 0
        && share.Attended >= RequiredSessions(share.Sessions);

    /// <summary>80 % of the sessions, rounded up: 8 of 10, 4 of 5, 4 of 4.</summary>
    public static int RequiredSessions(int sessions) => (int)Math.Ceiling(sessions * RequiredShare - 1e-9);

    /// <summary>
    /// The certificates the offering's managers may print for the participants who earned them (issue 25: the
    /// provider hands them out on the last day); read through the attendance overview, so audited as a staff read.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<ParticipationCertificate>>> EarnedAsync(Guid offeringId, AuditActor actor,
        CancellationToken ct)
    {
        var overview = await book.OverviewAsync(offeringId, actor, ct);
        if (overview.Value is not { } found)
        {
            return overview.Problem!;
        }
        return found.People.Where(p => p.IsEligible)
            .Select(p => new ParticipationCertificate(p.Registration, found.Offering, p.Share, true)).ToList();
    }

    /// <summary>
    /// The registration's certificate, for its account or the holder of its guest link; to anyone else it does not exist.
    /// </summary>
    public async Task<Outcome<ParticipationCertificate>> FindAsync(Guid registrationId, string? userId, string? token, CancellationToken ct)
    {
        // Never as staff: the certificate is the participant's own document.
        var actor = new RegistrationActor(userId, token);
        if (await registrations.FindForAsync(registrationId, actor, ct) is not { Offering: { } offering } registration)
        {
            return DomainProblem.NotFound("Registration.NotFound");
        }
        var share = await book.ShareAttendedAsync(registration, ct);
        return new ParticipationCertificate(registration, offering, share, IsEligible(offering, registration, share));
    }
}
