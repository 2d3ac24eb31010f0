namespace Lebenswelten.Core.Evaluation;

/// <summary>One value of a grouping: a stable key for programs ("lobeda", "18-64", "2026-03") and a name for people.</summary>
public sealed record GroupValue(ReachDimension Dimension, string Key, string Label)
{
    public const string Unknown = "unknown";
}

public sealed record ReachLine(IReadOnlyList<GroupValue> Group, ReachFigures Figures);

/// <summary>
/// Published reach figures: one line per group and the total, every count held back or rounded alike
/// (<see cref="PublishedCount"/>). No line ever names a person; the cells it is made of hold no person id.
/// </summary>
public sealed record ReachTable(IReadOnlyList<Guid> SiteIds, ReachQuery Query, IReadOnlyList<ReachLine> Lines, ReachFigures Total,
    int MinimumCount, bool IsSampleData);
