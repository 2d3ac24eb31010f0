namespace Lebenswelten.Core.Evaluation;

/// <summary>
/// A count as published, in the needs figures' shape: held back (null, "&lt; 5") under the minimum, otherwise rounded to
/// a multiple of five (docs/en/evaluation.md, "Suppression"). Nobody outside the aggregation ever sees the exact count.
/// </summary>
public readonly record struct PublishedCount(int? Value, bool HeldBack)
{
    public const int RoundingBase = 5;

    /// <summary>
    /// Primary suppression: under <paramref name="minimum"/> held back, zero included (a zero in a small group says as much
    /// as a one). Secondary protection: every shown count, totals too, is rounded to the nearest multiple of five, so that
    /// subtracting shown counts from a total, from another table or from an overlapping period leaves at least five
    /// possible values for a held-back cell, never one.
    /// </summary>
    public static PublishedCount Of(int count, int minimum) =>
        count < minimum ? new(null, true) : new((count + RoundingBase / 2) / RoundingBase * RoundingBase, false);

    public override string ToString() => HeldBack ? "held back" : Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
