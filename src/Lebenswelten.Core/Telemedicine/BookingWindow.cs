namespace Lebenswelten.Core.Telemedicine;

/// <summary>How far ahead and how short-notice a schedule's slots can be booked.</summary>
internal static class BookingWindow
{
    public static DateTimeOffset Earliest(ConsultationSchedule schedule, DateTimeOffset now) => now.AddHours(schedule.MinNoticeHours);

    public static DateTimeOffset Latest(ConsultationSchedule schedule, DateTimeOffset now) => now.AddDays(schedule.HorizonDays);

    public static bool Contains(ConsultationSchedule schedule, DateTimeOffset start, DateTimeOffset now) =>
        Earliest(schedule, now) <= start && start <= Latest(schedule, now);

    public static DomainProblem? Check(ConsultationSchedule schedule, DateTimeOffset start, DateTimeOffset now) =>
        start < Earliest(schedule, now) ? DomainProblem.Unprocessable("Slot.TooShortNotice")
        : start > Latest(schedule, now) ? DomainProblem.Unprocessable("Slot.BeyondHorizon")
        : null;
}
