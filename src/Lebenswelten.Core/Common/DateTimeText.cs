using System.Globalization;

namespace Lebenswelten.Core.Common;

/// <summary>An instant as people in Germany read it, in Berlin time, in the person's language (mails, pages, exports).</summary>
public static class DateTimeText
{
    /// <summary>"Dienstag, 3. März 2026, 09:00 Uhr" or "Tuesday, 3 March 2026, 09:00".</summary>
    public static string Long(DateTimeOffset utc, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "de-DE");
        var local = BerlinTime.ToLocal(utc);
        return language == "en"
            ? local.ToString("dddd, d MMMM yyyy, HH:mm", culture)
            : local.ToString("dddd, d. MMMM yyyy, HH:mm 'Uhr'", culture);
    }
}
