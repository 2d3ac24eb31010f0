namespace Lebenswelten.Core.Telemedicine.Video;

/// <summary>
/// The waiting room opens 10 minutes before the start; the link is handed out until the end, for booked appointments
/// only.
/// </summary>
public static class VideoAccess
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(10);

    public static DateTimeOffset OpensAt(TelemedicineAppointment appointment) => appointment.StartsAt - OpensBefore;

    public static DomainProblem? Check(TelemedicineAppointment appointment, DateTimeOffset now) =>
        !appointment.IsBooked ? DomainProblem.Conflict("Video.Cancelled")
        : appointment.AwaitsVerification ? DomainProblem.Conflict("Video.NotVerified")
        : now < OpensAt(appointment) ? DomainProblem.Conflict("Video.NotYetOpen")
        : now > appointment.EndsAt ? DomainProblem.Conflict("Video.Closed")
        : null;
}
