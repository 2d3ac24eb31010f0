using System.Globalization;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>How rooms, slots and appointments read on the pages: labels from the resources, times in Europe/Berlin.</summary>
public static class TelemedicineDisplay
{
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
            DayOfWeek.Sunday];


    /// <summary>"Dienstag, 3. März 2026, 10:00–10:15 Uhr".</summary>
    public static string When(TelemedicineAppointment appointment) => TelemedicineText.Time(appointment, Localization.CurrentLanguage);

    public static string Time(DateTimeOffset utc) => Dates.Time(utc);

    public static string Day(DateOnly day) =>
        day.ToString(Localization.IsEnglish ? "dddd, d MMMM yyyy" : "dddd, d. MMMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDay(DateOnly day) =>
        day.ToString(Localization.IsEnglish ? "ddd d MMM" : "ddd, d. MMM", CultureInfo.CurrentCulture);

    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The Monday of the week the day lies in.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly Today(TimeProvider clock) => BerlinTime.LocalDate(clock.GetUtcNow());

    public static string Kind(this IStringLocalizer text, ConsultationKind kind) => text[$"Telemedicine.Kind.{kind}"];

    public static string Kinds(this IStringLocalizer text, ConsultationKinds kinds) =>
        string.Join(", ", kinds.Members().Select(k => text.Kind(k)));

    public static string Accessibility(this IStringLocalizer text, AccessibilityFeatures features) =>
        features == AccessibilityFeatures.None ? "–" : text.Labels(features, "Accessibility");

    public static string Status(this IStringLocalizer text, AppointmentStatus status) => text[$"Telemedicine.Status.{status}"];

    /// <summary>"10:00–10:15 Uhr".</summary>
    public static string TimeRange(this IStringLocalizer text, DateTimeOffset start, DateTimeOffset end) =>
        text["Telemedicine.TimeRange", Time(start), Time(end)];

    /// <summary>"Mo 08:00–12:30, 13:30–18:00": one line per weekday that has hours.</summary>
    public static IEnumerable<(string Day, string Hours)> OpeningHours(this IStringLocalizer text, TelemedicineRoom room) =>
        text.WeeklyHours(room.OpeningHours.Select(h => (h.Weekday, h.From, h.To)));

    /// <summary>A schedule's weekly hours as the list shows them ("Dienstag: 18:00–19:30"), single dates apart.</summary>
    public static IEnumerable<(string Day, string Hours)> ConsultationHours(this IStringLocalizer text, ConsultationSchedule schedule) =>
        text.WeeklyHours(schedule.Hours.Where(h => h.Weekday is not null).Select(h => (h.Weekday!.Value, h.From, h.To)));

    private static IEnumerable<(string Day, string Hours)> WeeklyHours(this IStringLocalizer text,
        IEnumerable<(DayOfWeek Weekday, TimeOnly From, TimeOnly To)> hours)
    {
        var all = hours.ToList();
        return Week.Select(day => (day, all.Where(h => h.Weekday == day).OrderBy(h => h.From).ToList()))
            .Where(d => d.Item2.Count > 0)
            .Select(d => (text[$"Weekday.{d.day}"].Value, string.Join(", ", d.Item2.Select(h => $"{h.From:HH\\:mm}–{h.To:HH\\:mm}"))));
    }

    public static string Place(TelemedicineRoom room) => TelemedicineText.Place(room);
}
