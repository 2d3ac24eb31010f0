using System.Globalization;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>Dates and times as the pages show them, in Europe/Berlin and the page's language.</summary>
public static class Dates
{
    /// <summary>"3. März 2026" in German and Leichte Sprache, "3 March 2026", "3 марта 2026", "3 مارس 2026" elsewhere.</summary>
    public static string Date(DateTimeOffset utc) => Date(BerlinTime.LocalDate(utc));

    /// <summary>A calendar day (no time zone to convert), written as <see cref="Date(DateTimeOffset)"/> writes one.</summary>
    public static string Date(DateOnly day) =>
        day.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Weekday(DateTimeOffset utc) => BerlinTime.ToLocal(utc).ToString("dddd", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset utc) => BerlinTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Dienstag, 3. März 2026, 17:00 Uhr", as in the mails, in the page's language.</summary>
    public static string DateTime(DateTimeOffset utc) => DateTimeText.Long(utc, Localization.CurrentLanguage);
}
