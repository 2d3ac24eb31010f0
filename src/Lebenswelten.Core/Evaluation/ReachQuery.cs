using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>Which figures a caller asks for: months (inclusive), grouping and filters.</summary>
public sealed record ReachQuery(DateOnly From, DateOnly To, IReadOnlyList<ReachDimension> GroupBy,
    OfferingCategory? Category = null, TargetGroups? TargetGroup = null)
{
    public const int MaxGroupBy = 3;
    public const int MaxMonths = 120;

    /// <summary>The rules a well-formed query must keep (422 when broken).</summary>
    public DomainProblem? Validate(bool acrossSites)
    {
        var errors = new FieldErrors();
        errors.AddIf(From > To, nameof(To), "EndBeforeStart");
        errors.AddIf((To.Year - From.Year) * 12 + To.Month - From.Month >= MaxMonths, nameof(To), "PeriodTooLong");
        errors.AddIf(GroupBy.Count > MaxGroupBy, nameof(GroupBy), "TooMany");
        errors.AddIf(GroupBy.Distinct().Count() != GroupBy.Count, nameof(GroupBy), "Duplicate");
        errors.AddIf(acrossSites && GroupBy.Any(d => d.IsWithinSite()), nameof(GroupBy), "SiteLevelOnly");
        errors.AddIf(Category is { } c && !Enum.IsDefined(c), nameof(Category), "Unknown");
        errors.AddIf(TargetGroup is { } t && (t == TargetGroups.None || !Enum.IsDefined(t)), nameof(TargetGroup), "Unknown");
        return errors.Any ? errors.ToProblem() : null;
    }

    public MonthRange Months => new(new DateOnly(From.Year, From.Month, 1), new DateOnly(To.Year, To.Month, 1));
}
