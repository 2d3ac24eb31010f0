namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Frees the slots of guests who did not verify their address in time. Each release is one conditional statement, so
/// it cannot undo a verification that came first, and several nodes releasing at once change every row only once.
/// The booking releases the lapsed holds of the schedule and rooms it has locked, so a lapsed hold never blocks it
/// even before the job has run.
/// </summary>
internal static class GuestHolds
{
    public static Task<int> ReleaseLapsedAsync(LebensweltenDbContext db, DateTimeOffset now, CancellationToken ct) =>
        Release(db.TelemedicineAppointments, now, ct);

    public static Task<int> ReleaseLapsedAsync(LebensweltenDbContext db, DateTimeOffset now,
        IReadOnlyCollection<Guid> scheduleIds, IReadOnlyCollection<Guid> roomIds, CancellationToken ct) =>
        Release(db.TelemedicineAppointments.Where(a => scheduleIds.Contains(a.ScheduleId) || roomIds.Contains(a.RoomId)), now, ct);

    private static Task<int> Release(IQueryable<TelemedicineAppointment> appointments, DateTimeOffset now, CancellationToken ct) =>
        appointments.Where(a => a.Status == AppointmentStatus.Booked && a.HoldExpiresAt < now)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, AppointmentStatus.HoldExpired)
                .SetProperty(a => a.CancelledAt, now), ct);
}
