using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>A municipal health goal: move an indicator from a baseline to a target, in some or all districts.</summary>
public sealed class HealthGoal : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public required string Text { get; set; }
    public Guid IndicatorId { get; set; }
    public int BaselineYear { get; set; }
    public double BaselineValue { get; set; }
    public int TargetYear { get; set; }
    public double TargetValue { get; set; }

    /// <summary>The districts the goal is about; empty means the whole site.</summary>
    public List<Guid> DistrictIds { get; set; } = [];

    /// <summary>Whom the goal is for (Chemnitz's goals name fathers and children); none means everyone.</summary>
    public TargetGroups TargetGroups { get; set; }

    public bool IsSampleData { get; set; }
}
