namespace Lebenswelten.Core.Needs;

/// <summary>How far a goal has come: the latest value (mean over its districts) against baseline and target.</summary>
public sealed record GoalProgress(HealthGoal Goal, int? LatestYear, double? LatestValue)
{
    /// <summary>0 at the baseline, 1 at the target; below 0 means it went the wrong way. Null without a newer value.</summary>
    public double? Share => LatestValue is { } latest && Goal.TargetValue != Goal.BaselineValue
        ? Math.Round((latest - Goal.BaselineValue) / (Goal.TargetValue - Goal.BaselineValue), 2)
        : null;

    /// <summary>Whether a figure has reached the target, in the goal's direction (down to it or up to it).</summary>
    public bool Reaches(double figure) =>
        Goal.TargetValue < Goal.BaselineValue ? figure <= Goal.TargetValue : figure >= Goal.TargetValue;

    /// <summary>One district's own latest published figure of the goal's indicator (held-back values never count).</summary>
    public static (int Year, double Value)? OwnFigure(HealthGoal goal, Guid districtId, IEnumerable<IndicatorValue> values) =>
        values.Where(v => v.IndicatorId == goal.IndicatorId && v.DistrictId == districtId && !v.IsSmallNumber)
            .MaxBy(v => v.Year) is { } latest ? (latest.Year, latest.Value) : null;

    public static GoalProgress Of(HealthGoal goal, IEnumerable<IndicatorValue> values)
    {
        var relevant = values.Where(v => v.IndicatorId == goal.IndicatorId && !v.IsSmallNumber
            && (goal.DistrictIds.Count == 0 || goal.DistrictIds.Contains(v.DistrictId))).ToList();
        if (relevant.Count == 0)
        {
            return new(goal, null, null);
        }
        var year = relevant.Max(v => v.Year);
        return new(goal, year, Math.Round(relevant.Where(v => v.Year == year).Average(v => v.Value), 2));
    }
}
