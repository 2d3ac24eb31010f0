namespace Lebenswelten.Core.Evaluation;

/// <summary>Whole Berlin calendar months from <see cref="From"/> to <see cref="To"/>, both first days, both included.</summary>
public readonly record struct MonthRange(DateOnly From, DateOnly To)
{
    public static readonly MonthRange Always = new(new DateOnly(1900, 1, 1), new DateOnly(2999, 12, 1));

    public static DateOnly MonthOf(DateTimeOffset at)
    {
        var local = BerlinTime.LocalDate(at);
        return new DateOnly(local.Year, local.Month, 1);
    }

    public static MonthRange Of(IEnumerable<DateOnly> months)
    {
        var list = months.ToList();
        return list.Count == 0 ? new(MonthRange.Always.To, MonthRange.Always.From) : new(list.Min(), list.Max());
    }

    public bool Contains(DateOnly month) => From <= month && month <= To;

    /// <summary>UTC bounds a day wider than the months, for a first filter in the database; <see cref="Contains"/> decides.</summary>
    public DateTimeOffset UtcStart => new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);

    public DateTimeOffset UtcEnd => new DateTimeOffset(To.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
}
