using Microsoft.EntityFrameworkCore;

namespace Lebenswelten.Core.Telemedicine;

public static class AppointmentQueries
{
    /// <summary>Appointments to show or mail: read-only, with the room and the schedule's practice.</summary>
    public static IQueryable<TelemedicineAppointment> WithRoomAndPractice(this IQueryable<TelemedicineAppointment> appointments) =>
        appointments.AsNoTracking().Include(a => a.Room).Include(a => a.Schedule).ThenInclude(s => s!.Practice);
}
