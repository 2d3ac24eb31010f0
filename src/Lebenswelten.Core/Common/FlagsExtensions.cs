namespace Lebenswelten.Core.Common;

/// <summary>The members of a [Flags] enum as a list and back (target groups, accessibility, weekdays).</summary>
public static class FlagsExtensions
{
    public static IEnumerable<T> Members<T>(this T flags) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v) != 0 && flags.HasFlag(v));

    public static T Combine<T>(this IEnumerable<T> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Aggregate(0, (all, v) => all | Convert.ToInt32(v)));

    public static Weekdays ToFlag(this DayOfWeek day) =>
        day == DayOfWeek.Sunday ? Weekdays.Sunday : (Weekdays)(1 << ((int)day - 1));
}
