namespace Lebenswelten.Core.Needs;

public sealed record GoalDraft(string? Text, Guid IndicatorId, int BaselineYear, double BaselineValue, int TargetYear,
    double TargetValue, IReadOnlyList<Guid> DistrictIds, TargetGroups TargetGroups = TargetGroups.None);

/// <summary>What a coordinator sets: the weights of the need index and the site's health goals.</summary>
public sealed class NeedsSettings(LebensweltenDbContext db)
{
    public const double MaxWeight = 10;
    private static readonly TargetGroups TargetGroupsAll = Enum.GetValues<TargetGroups>().Aggregate((a, b) => a | b);

    public async Task<Outcome<int>> SetWeightsAsync(Guid siteId, IReadOnlyDictionary<Guid, double> weights, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        foreach (var (id, weight) in weights)
        {
            errors.AddIf(!double.IsFinite(weight) || weight is < 0 or > MaxWeight, $"Weights[{id}]", "WeightRange");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var indicators = await db.Indicators.Where(i => i.SiteId == siteId && weights.Keys.Contains(i.Id)).ToListAsync(ct);
        indicators.ForEach(i => i.NeedWeight = weights[i.Id]);
        await db.SaveChangesAsync(ct);
        return indicators.Count;
    }

    public async Task<Outcome<HealthGoal>> AddGoalAsync(Guid siteId, GoalDraft draft, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Text) || draft.Text.Length > 1000, "Text", "GoalText");
        errors.AddIf(!await db.Indicators.AnyAsync(i => i.Id == draft.IndicatorId && i.SiteId == siteId, ct),
            "IndicatorId", "UnknownIndicator");
        errors.AddIf(draft.BaselineYear is < IndicatorCsv.FirstYear or > IndicatorCsv.LastYear, "BaselineYear", "YearRange");
        errors.AddIf(draft.TargetYear <= draft.BaselineYear || draft.TargetYear > IndicatorCsv.LastYear,
            "TargetYear", "TargetAfterBaseline");
        errors.AddIf(!double.IsFinite(draft.BaselineValue), "BaselineValue", "NotANumber");
        errors.AddIf(!double.IsFinite(draft.TargetValue) || draft.TargetValue == draft.BaselineValue, "TargetValue", "TargetDiffers");
        errors.AddIf((draft.TargetGroups & ~TargetGroupsAll) != 0, "TargetGroups", "UnknownTargetGroup");
        var districts = draft.DistrictIds.Distinct().ToList();
        errors.AddIf(await db.Districts.CountAsync(d => d.SiteId == siteId && districts.Contains(d.Id), ct) != districts.Count,
            "DistrictIds", "UnknownDistrict");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var goal = new HealthGoal
        {
            SiteId = siteId, Text = draft.Text!.Trim(), IndicatorId = draft.IndicatorId, BaselineYear = draft.BaselineYear,
            BaselineValue = draft.BaselineValue, TargetYear = draft.TargetYear, TargetValue = draft.TargetValue, DistrictIds = districts,
            TargetGroups = draft.TargetGroups,
        };
        db.HealthGoals.Add(goal);
        await db.SaveChangesAsync(ct);
        return goal;
    }

    public async Task<bool> DeleteGoalAsync(Guid siteId, Guid goalId, CancellationToken ct = default) =>
        await db.HealthGoals.Where(g => g.Id == goalId && g.SiteId == siteId).ExecuteDeleteAsync(ct) > 0;
}
