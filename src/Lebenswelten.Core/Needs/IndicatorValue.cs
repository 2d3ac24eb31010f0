namespace Lebenswelten.Core.Needs;

/// <summary>The figure of one indicator for one district in one year.</summary>
public sealed class IndicatorValue
{
    /// <summary>Values from fewer cases are never published (shown as "&lt; 5"), so no child or family can be singled out.</summary>
    public const int SmallNumberThreshold = 5;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IndicatorId { get; set; }
    public Guid DistrictId { get; set; }
    public int Year { get; set; }
    public double Value { get; set; }
    public int? Numerator { get; set; }
    public int? Denominator { get; set; }
    public bool IsSampleData { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }

    public bool IsSmallNumber => Numerator is < SmallNumberThreshold;

    /// <summary>The value as it may be published: null where the small-number rule holds it back.</summary>
    public double? PublicValue => IsSmallNumber ? null : Value;
}
