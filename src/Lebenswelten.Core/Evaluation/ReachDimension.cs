namespace Lebenswelten.Core.Evaluation;

/// <summary>What the reach figures can be grouped by.</summary>
public enum ReachDimension
{
    Site,
    District,
    Category,
    TargetGroup,
    AgeBand,
    Sex,
    Month,
    Quarter,
    Year,
    Project,
}

public static class ReachDimensions
{
    /// <summary>Who the person is, not what the offering is: places cannot be split by these.</summary>
    public static bool DescribesPerson(this ReachDimension dimension) =>
        dimension is ReachDimension.District or ReachDimension.AgeBand or ReachDimension.Sex;

    /// <summary>Inside one site only: across sites the comparison stays at site level (issue 20).</summary>
    public static bool IsWithinSite(this ReachDimension dimension) =>
        dimension is ReachDimension.District or ReachDimension.Project;
}
