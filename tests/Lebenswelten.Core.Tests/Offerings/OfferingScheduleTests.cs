using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>Sessions are entered in Berlin wall-clock time and stored in UTC, across daylight-saving changes.</summary>
public sealed class OfferingScheduleTests
{
    [Fact]
    public void A_weekly_series_keeps_its_local_time_across_the_autumn_and_spring_changes()
    {
        var rule = new WeeklyRule(new DateOnly(2026, 10, 20), new DateOnly(2027, 4, 6), [DayOfWeek.Tuesday], new TimeOnly(17, 0),
            new TimeOnly(18, 0));
        var offering = new Offering { Title = "Rückenfit" };

        OfferingSchedule.Replace(offering, rule.Expand().ToList());

        var sessions = offering.Sessions.OrderBy(s => s.StartsAt).ToList();
        Assert.All(sessions, s => Assert.Equal(new TimeOnly(17, 0), TimeOnly.FromDateTime(BerlinTime.ToLocal(s.StartsAt).DateTime)));
        Assert.Equal(15, sessions.Single(s => s.StartsAt.Date == new DateTime(2026, 10, 20)).StartsAt.Hour); // summer time, UTC+2
        Assert.Equal(16, sessions.Single(s => s.StartsAt.Date == new DateTime(2026, 10, 27)).StartsAt.Hour); // winter time, UTC+1
        Assert.Equal(15, sessions.Single(s => s.StartsAt.Date == new DateTime(2027, 3, 30)).StartsAt.Hour);
        Assert.Equal(Weekdays.Tuesday, offering.SessionWeekdays);
        Assert.Equal(25, sessions.Count);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_moves_forward_instead_of_failing()
    {
        var utc = BerlinTime.ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(2, 30));

        Assert.Equal(new TimeOnly(3, 30), TimeOnly.FromDateTime(BerlinTime.ToLocal(utc).DateTime));
    }
}
