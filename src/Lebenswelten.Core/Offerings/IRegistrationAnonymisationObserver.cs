namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Told just before registrations lose their personal data (erasure, GDPR Art. 17; retention, Art. 5(1)(e)), inside the
/// same transaction, so that a capability that counts them (the evaluation's aggregates) can keep its counts right.
/// Offerings knows nothing of who listens: the listener implements this and registers itself.
/// </summary>
public interface IRegistrationAnonymisationObserver
{
    /// <param name="registrations">Tracked, still holding their postcode, year of birth and sex, in their final status.</param>
    Task BeforeAnonymiseAsync(IReadOnlyCollection<Registration> registrations, CancellationToken ct);
}
