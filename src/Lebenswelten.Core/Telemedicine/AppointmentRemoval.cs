using System.Linq.Expressions;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>The one way appointments are deleted: every <see cref="IAppointmentPurgeObserver"/> is told first.</summary>
public sealed class AppointmentRemoval(LebensweltenDbContext db, IEnumerable<IAppointmentPurgeObserver> observers)
{
    public async Task<int> DeleteAsync(Expression<Func<TelemedicineAppointment, bool>> which, CancellationToken ct)
    {
        var leaving = db.TelemedicineAppointments.Where(which);
        foreach (var observer in observers)
        {
            await observer.BeforeDeleteAsync(leaving, ct);
        }
        return await leaving.ExecuteDeleteAsync(ct);
    }
}
