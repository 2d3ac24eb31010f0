namespace Lebenswelten.Core.Evaluation;

/// <summary>Settings of the evaluation (section <c>Evaluation</c>).</summary>
public sealed class EvaluationSettings
{
    public const string Section = "Evaluation";
    /// <summary>The small-number rule's floor: below three, a figure too easily points to a person, whatever is set.</summary>
    public const int LowestMinimumCount = 3;

    /// <summary>Published counts below this are held back (default 5, never below <see cref="LowestMinimumCount"/>).</summary>
    public int MinimumCount { get; set; } = 5;

    public int RefreshIntervalMinutes { get; set; } = 60;

    public int EffectiveMinimum => Math.Max(LowestMinimumCount, MinimumCount);
}
