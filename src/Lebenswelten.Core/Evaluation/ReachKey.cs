using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Core.Evaluation;

/// <summary>The dimensions of a <see cref="ReachFact"/> cell.</summary>
internal readonly record struct ReachKey(DateOnly Month, Guid? DistrictId, OfferingCategory Category, TargetGroups TargetGroups,
    string AgeBand, string Sex, Guid? ProjectId)
{
    public static ReachKey Of(ReachFact f) => new(f.Month, f.DistrictId, f.Category, f.TargetGroups, f.AgeBand, f.Sex, f.ProjectId);

    public static string SexCode(Sex? sex) => sex switch
    {
        Offerings.Sex.Female => "f",
        Offerings.Sex.Male => "m",
        Offerings.Sex.Diverse => "d",
        _ => "",
    };
}
