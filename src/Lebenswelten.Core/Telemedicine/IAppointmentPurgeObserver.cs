namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Told just before appointments are deleted (retention after Retention:TelemedicineDays, erasure), inside the same
/// transaction, so that a capability that counts consultations (the evaluation's monthly figures) keeps its counts.
/// Telemedicine knows nothing of who listens: the listener implements this and registers itself.
/// </summary>
public interface IAppointmentPurgeObserver
{
    Task BeforeDeleteAsync(IQueryable<TelemedicineAppointment> leaving, CancellationToken ct);
}
