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

    /// <summary>The calendar entry's title and code label in the person's language (issue 23).</summary>
    private static readonly Dictionary<string, (string Title, string Code)> Texts = new()
    {
        ["de"] = ("Videosprechstunde", "Code für die Anmeldung im Raum"),
        ["en"] = ("Video consultation", "Check-in code"),
        ["ar"] = ("استشارة بالفيديو", "رمز الدخول إلى الغرفة"),
        ["uk"] = ("Відеоконсультація", "Код для входу в кімнату"),
        ["ru"] = ("Видеоконсультация", "Код для входа в комнату"),
        ["tr"] = ("Görüntülü görüşme", "Odaya giriş kodu"),
        [ResidentLanguage.EasyGerman] = ("Termin beim Arzt per Video", "Ihr Code für den Raum"),
    };

    public static string FileName(TelemedicineAppointment appointment) => $"videosprechstunde-{appointment.Id:N}.ics";

    /// <summary>Needs the appointment with its schedule's practice and its room loaded.</summary>
    public static string ToIcs(TelemedicineAppointment appointment)
    {
        var practiceName = appointment.Schedule!.Practice!.Name;
        var calendar = new Calendar { ProductId = "-//Lebenswelten//Telemedizin//DE" };
        var (titleText, codeText) = Texts.GetValueOrDefault(appointment.Language, Texts["de"]);
        var title = $"{titleText}: {practiceName}";
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{appointment.Id}@lebenswelten",
            Summary = title,
            Description = $"{codeText}: {appointment.CheckInCode}",
            Location = TelemedicineText.Place(appointment.Room!),
            Start = new CalDateTime(appointment.StartsAt.UtcDateTime, "UTC"),
            End = new CalDateTime(appointment.EndsAt.UtcDateTime, "UTC"),
            DtStamp = new CalDateTime(appointment.CreatedAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
