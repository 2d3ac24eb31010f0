using System.Globalization;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>Dates and times as the pages show them, in Europe/Berlin and the page's language.</summary>
public static class Dates
{
    public static string Date(DateTimeOffset utc) =>
        BerlinTime.ToLocal(utc).ToString(Localization.IsEnglish ? "d MMMM yyyy" : "d. MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Weekday(DateTimeOffset utc) => BerlinTime.ToLocal(utc).ToString("dddd", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset utc) => BerlinTime.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Dienstag, 3. März 2026, 17:00 Uhr", as in the mails.</summary>
    public static string DateTime(DateTimeOffset utc) => DateTimeText.Long(utc, Localization.IsEnglish ? "en" : "de");
}
