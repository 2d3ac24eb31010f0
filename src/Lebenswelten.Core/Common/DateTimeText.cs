using System.Globalization;

namespace Lebenswelten.Core.Common;

/// <summary>An instant as people in Germany read it, in Berlin time, in the person's language (mails, pages, exports).</summary>
public static class DateTimeText
{
    /// <summary>"Dienstag, 3. März 2026, 09:00 Uhr" or "Tuesday, 3 March 2026, 09:00".</summary>
    public static string Long(DateTimeOffset utc, string language)
    {
        var local = BerlinTime.ToLocal(utc);
        return language switch
        {
            "en" => local.ToString("dddd, d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")),
            // Arabic, Ukrainian, Russian, Turkish: the culture's own long date and 24-hour time (issue 23).
            "ar" or "uk" or "ru" or "tr" => CultureDate(local, CultureInfo.GetCultureInfo(language)),
            _ => local.ToString("dddd, d. MMMM yyyy, HH:mm 'Uhr'", CultureInfo.GetCultureInfo("de-DE")),
        };
    }

    // The weekday is part of every date we write (people plan by it), also where the culture's long date leaves it out
    // (Ukrainian, Russian); Arabic separates with its own comma.
    private static string CultureDate(DateTimeOffset local, CultureInfo culture)
    {
        var date = local.ToString("D", culture);
        if (!culture.DateTimeFormat.LongDatePattern.Contains("dddd", StringComparison.Ordinal))
        {
            date = local.ToString("dddd", culture) + ", " + date;
        }
        return date + (culture.TextInfo.IsRightToLeft ? "، " : ", ") + local.ToString("HH:mm", culture);
    }
}
