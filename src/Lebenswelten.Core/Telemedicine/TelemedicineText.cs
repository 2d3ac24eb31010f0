namespace Lebenswelten.Core.Telemedicine;

/// <summary>How appointments read in mails and calendar files (the web pages take their labels from the resources).</summary>
public static class TelemedicineText
{
    public static string Kind(ConsultationKind kind, string language) => (kind, language == "en") switch
    {
        (ConsultationKind.FollowUp, false) => "Verlaufskontrolle",
        (ConsultationKind.FollowUp, true) => "Follow-up",
        (ConsultationKind.PrescriptionTalk, false) => "Rezeptbesprechung",
        (ConsultationKind.PrescriptionTalk, true) => "Prescription talk",
        (ConsultationKind.FindingsDiscussion, false) => "Befundbesprechung",
        (ConsultationKind.FindingsDiscussion, true) => "Findings discussion",
        (ConsultationKind.Counselling, false) => "Beratungsgespräch",
        (ConsultationKind.Counselling, true) => "Counselling",
        (ConsultationKind.TherapySession, false) => "Therapiegespräch",
        (ConsultationKind.TherapySession, true) => "Therapy session",
        _ => kind.ToString(),
    };

    public static string Place(TelemedicineRoom room) =>
        Offerings.OfferingText.Place(room.Name, room.Address.Street, room.Address.PostalCode, room.Address.City);

    /// <summary>"Dienstag, 3. März 2026, 10:00–10:15 Uhr" / "Tuesday, 3 March 2026, 10:00–10:15".</summary>
    public static string Time(TelemedicineAppointment appointment, string language)
    {
        var start = DateTimeText.Long(appointment.StartsAt, language);
        var end = BerlinTime.ToLocal(appointment.EndsAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        // Only German (and Leichte Sprache) says "Uhr"; every other language reads the bare 24-hour time.
        return language is "de" or ResidentLanguage.EasyGerman
            ? $"{start.Replace(" Uhr", "", StringComparison.Ordinal)}–{end} Uhr"
            : $"{start}–{end}";
    }
}
