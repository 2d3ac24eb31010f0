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

/// <summary>A value as it was before an import or a correction replaced it: the history is never rewritten.</summary>
public sealed class IndicatorValueChange
{
    public const int MaxNoteLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IndicatorValueId { get; set; }

    /// <summary>Null where a correction entered a value that was missing.</summary>
    public double? OldValue { get; set; }
    public int? OldNumerator { get; set; }
    public int? OldDenominator { get; set; }
    public double NewValue { get; set; }
    public int? NewNumerator { get; set; }
    public int? NewDenominator { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }

    /// <summary>Why a coordinator corrected the value by hand (required there); null for imports.</summary>
    public string? Note { get; set; }
}
