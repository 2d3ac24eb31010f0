namespace Lebenswelten.Core.Telemedicine;

/// <summary>The checks opening hours and consultation hours share.</summary>
internal static class HoursRules
{
    /// <param name="intervals">Intervals with what makes them the same day (a weekday, a date, a weekday in a date range).</param>
    public static void Check(FieldErrors e, string field, IReadOnlyList<(object Day, TimeOnly From, TimeOnly To)> intervals)
    {
        e.AddIf(intervals.Count > RoomRules.MaxIntervals, field, "TooMany");
        e.AddIf(intervals.Any(i => i.To <= i.From), field, "EndBeforeStart");
        var overlapping = intervals.GroupBy(i => i.Day)
            .Any(day => day.OrderBy(i => i.From).Zip(day.OrderBy(i => i.From).Skip(1)).Any(pair => pair.Second.From < pair.First.To));
        e.AddIf(overlapping, field, "Overlapping");
    }
}
