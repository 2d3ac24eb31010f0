namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// The appointment as an iCalendar file (RFC 5545). It names the practice and the room, never the reason: a
/// calendar is often shared or synchronised to other services (GDPR Art. 9, data minimisation Art. 5(1)(c)).
/// </summary>
public static class AppointmentCalendar
{
    public const string ContentType = IcsCalendar.ContentType;

    /// <summary>The calendar entry's title and code label in the person's language (issue 23).</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, string Code)> Texts = new Dictionary<string, (string, string)>
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

    /// <summary>Needs the appointment with its schedule's practice and its room loaded. The download adds the check-in code.</summary>
    public static string ToIcs(TelemedicineAppointment appointment) =>
        IcsCalendar.Write("-//Lebenswelten//Telemedizin//DE", null, [(Event(appointment, null, appointment.Language) with
        {
            Description = $"{ResidentLanguage.Pick(Texts, appointment.Language).Code}: {appointment.CheckInCode}",
        })]);

    /// <summary>
    /// The event: time, practice and room, and the appointment's page — no reason, no check-in code, no name. A personal
    /// feed is synchronised to calendar services the platform does not control, so it carries only what finds the room.
    /// Its words are in the given language: the appointment's for its own file, the account's for a person's feed.
    /// </summary>
    public static IcsEvent Event(TelemedicineAppointment appointment, string? link, string language)
    {
        var practiceName = appointment.Schedule!.Practice!.Name;
        var title = $"{ResidentLanguage.Pick(Texts, language).Title}: {practiceName}";
        return new IcsEvent($"{appointment.Id}@lebenswelten", title, null, TelemedicineText.Place(appointment.Room!),
            appointment.StartsAt, appointment.EndsAt, appointment.CreatedAt, link);
    }
}
