namespace Lebenswelten.Core.Telemedicine;

/// <summary>
/// Wall-clock hours on a Europe/Berlin date as real instants. The grid steps through real time, so on the night
/// the clocks go forward the skipped hour holds no slots (01:00–04:00 is two real hours: four 30-minute slots),
/// and on the night they go back the repeated hour holds its slots twice, at different instants (eight slots).
/// </summary>
internal static class SlotGrid
{
    public static (DateTimeOffset Start, DateTimeOffset End) ToUtc(DateOnly day, TimeOnly from, TimeOnly to) =>
        (Instant(day, from, earliest: true), Instant(day, to, earliest: false));

    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Slots(DateOnly day, TimeOnly from, TimeOnly to, int minutes)
    {
        var (start, end) = ToUtc(day, from, to);
        var length = TimeSpan.FromMinutes(minutes);
        for (var slot = start; slot + length <= end; slot += length)
        {
            yield return (slot, slot + length);
        }
    }

    /// <summary>A wall-clock time that happens twice (the autumn change) is read as its first or last instant.</summary>
    private static DateTimeOffset Instant(DateOnly day, TimeOnly time, bool earliest)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (!BerlinTime.Zone.IsAmbiguousTime(local))
        {
            return BerlinTime.ToUtc(day, time);
        }
        var offsets = BerlinTime.Zone.GetAmbiguousTimeOffsets(local);
        return new DateTimeOffset(local, earliest ? offsets.Max() : offsets.Min()).ToUniversalTime();
    }
}
