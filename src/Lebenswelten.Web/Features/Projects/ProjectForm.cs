using Lebenswelten.Core.Projects;

namespace Lebenswelten.Web.Features.Projects;

/// <summary>The project form as posted: flag sets as lists of names, partners as organisation → role ("" for none).</summary>
public sealed class ProjectForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public ProjectSetting Setting { get; set; }
    public List<TargetGroups> TargetGroups { get; set; } = [];
    public List<FieldsOfAction> FieldsOfAction { get; set; } = [];
    public List<LifePhases> LifePhases { get; set; } = [];
    public List<Guid> DistrictIds { get; set; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? ResponsibleName { get; set; }
    public bool IsPublished { get; set; }
    public Dictionary<Guid, PartnerRole?> Partners { get; set; } = [];
    public List<Guid> GoalIds { get; set; } = [];
    public List<Guid> OfferingIds { get; set; } = [];

    public ProjectDraft ToDraft(Guid? agreementId) => new()
    {
        Title = Title, Summary = Summary, Setting = Setting, DistrictIds = DistrictIds, StartsOn = StartsOn, EndsOn = EndsOn,
        TargetGroups = TargetGroups.Aggregate(default(TargetGroups), (a, b) => a | b),
        FieldsOfAction = FieldsOfAction.Aggregate(default(FieldsOfAction), (a, b) => a | b),
        LifePhases = LifePhases.Aggregate(default(LifePhases), (a, b) => a | b),
        ResponsibleName = ResponsibleName, IsPublished = IsPublished, AgreementId = agreementId,
        Partners = Partners.Where(p => p.Value is not null).Select(p => new PartnerDraft(p.Key, p.Value!.Value)).ToList(),
        GoalIds = GoalIds, OfferingIds = OfferingIds,
    };

    public static ProjectForm From(ProjectView view)
    {
        var p = view.Project;
        return new()
        {
            Title = p.Title, Summary = p.Summary, Setting = p.Setting, DistrictIds = p.DistrictIds, StartsOn = p.StartsOn, EndsOn = p.EndsOn,
            TargetGroups = Split(p.TargetGroups), FieldsOfAction = Split(p.FieldsOfAction), LifePhases = Split(p.LifePhases),
            ResponsibleName = p.ResponsibleName, IsPublished = p.IsPublished,
            Partners = p.Partners.GroupBy(x => x.OrganisationId).ToDictionary(g => g.Key, g => (PartnerRole?)g.First().Role),
            GoalIds = [.. view.GoalIds], OfferingIds = view.Offerings.Select(o => o.Id).ToList(),
        };
    }

    /// <summary>The single flags set in a value (None left out).</summary>
    public static List<T> Split<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt64(f) != 0 && value.HasFlag(f)).ToList();
}
