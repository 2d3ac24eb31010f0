namespace Lebenswelten.Web.Fhir;

/// <summary>Instants from <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive); null is open.</summary>
public readonly record struct InstantRange(DateTimeOffset? From, DateTimeOffset? Until)
{
    public static readonly InstantRange All = new(null, null);

    public bool IsEmpty => From is { } f && Until is { } u && f >= u;

    public bool Contains(DateTimeOffset instant) => (From is null || instant >= From) && (Until is null || instant < Until);

    public InstantRange Intersect(InstantRange other) => new(
        From is { } a && other.From is { } b ? (a > b ? a : b) : From ?? other.From,
        Until is { } c && other.Until is { } d ? (c < d ? c : d) : Until ?? other.Until);

    /// <summary>
    /// The Europe/Berlin days to ask the Core services for: the range's days; an open end reaches
    /// <paramref name="defaultDays"/> days from the other end, or from today when both are open. Slots never lie before
    /// today (<paramref name="fromToday"/>). The last day may come before the first: then nothing matches.
    /// </summary>
    public (DateOnly From, DateOnly To) Days(DateTimeOffset now, int defaultDays, bool fromToday)
    {
        var today = BerlinTime.LocalDate(now);
        DateOnly? last = Until is { } u ? BerlinTime.LocalDate(u.AddTicks(-1)) : null;
        var first = From is { } f ? BerlinTime.LocalDate(f) : last?.AddDays(1 - defaultDays) ?? today;
        if (fromToday && first < today)
        {
            first = today;
        }
        return (first, last ?? first.AddDays(defaultDays - 1));
    }
}
