namespace Lebenswelten.Core.Needs;

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
