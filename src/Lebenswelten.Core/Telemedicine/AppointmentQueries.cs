namespace Lebenswelten.Core.Telemedicine;

public static class AppointmentQueries
{
    /// <summary>Appointments to show or mail: read-only, with the room and the schedule's practice.</summary>
    public static IQueryable<TelemedicineAppointment> WithRoomAndPractice(this IQueryable<TelemedicineAppointment> appointments) =>
        appointments.AsNoTracking().Include(a => a.Room).Include(a => a.Schedule).ThenInclude(s => s!.Practice);

    /// <summary>
    /// What the practice and the room's staff may see: no guest booking whose address is unverified. Until verified it
    /// may be anyone's name with someone else's address (issue 15).
    /// </summary>
    public static IQueryable<TelemedicineAppointment> Verified(this IQueryable<TelemedicineAppointment> appointments) =>
        appointments.Where(a => a.HoldExpiresAt == null);

    /// <summary>Booked and holding its slot and room: verified, or a guest's hold that has not lapsed yet.</summary>
    public static IQueryable<TelemedicineAppointment> Holding(this IQueryable<TelemedicineAppointment> appointments, DateTimeOffset now) =>
        appointments.Where(a => a.Status == AppointmentStatus.Booked && (a.HoldExpiresAt == null || a.HoldExpiresAt >= now));
}
