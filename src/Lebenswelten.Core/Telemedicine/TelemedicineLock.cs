namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Every booking change holds the row locks of the schedules and rooms it touches, always in one order: all
/// schedules first, then all rooms, each sorted by id. So two bookings never wait for each other in a circle,
/// and whoever holds both locks sees every other booking of that slot and room (pretix's sorted quota locks).
/// PostgreSQL: SELECT … FOR UPDATE. SQLite: the transaction begins IMMEDIATE and so serialises all writers.
/// </summary>
internal static class TelemedicineLock
{
    public static async Task HoldAsync(LebensweltenDbContext db, IEnumerable<Guid> scheduleIds, IEnumerable<Guid> roomIds,
        CancellationToken ct)
    {
        foreach (var id in scheduleIds.Distinct().Order())
        {
            await RowLock.ForUpdateAsync<ConsultationSchedule>(db, id, ct);
        }
        foreach (var id in roomIds.Distinct().Order())
        {
            await RowLock.ForUpdateAsync<TelemedicineRoom>(db, id, ct);
        }
    }
}
