using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The appointment as an iCalendar file (RFC 5545). It names the practice and the room, never the reason: a
/// calendar is often shared or synchronised to other services.
/// </summary>
public static class AppointmentCalendar
{
    public const string ContentType = "text/calendar";

    public static string FileName(TelemedicineAppointment appointment) => $"videosprechstunde-{appointment.Id:N}.ics";

    /// <summary>Needs the appointment with its schedule's practice and its room loaded.</summary>
    public static string ToIcs(TelemedicineAppointment appointment)
    {
        var practiceName = appointment.Schedule!.Practice!.Name;
        var calendar = new Calendar { ProductId = "-//Lebenswelten//Telemedizin//DE" };
        var title = appointment.Language == "en" ? $"Video consultation: {practiceName}" : $"Videosprechstunde: {practiceName}";
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{appointment.Id}@lebenswelten",
            Summary = title,
            Description = (appointment.Language == "en" ? "Check-in code: " : "Code für die Anmeldung im Raum: ")
                + appointment.CheckInCode,
            Location = TelemedicineText.Place(appointment.Room!),
            Start = new CalDateTime(appointment.StartsAt.UtcDateTime, "UTC"),
            End = new CalDateTime(appointment.EndsAt.UtcDateTime, "UTC"),
            DtStamp = new CalDateTime(appointment.CreatedAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
