using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Projects;

public sealed record ProjectDraftDto(string? Title, string? Summary, ProjectSetting? Setting, TargetGroups? TargetGroups,
    FieldsOfAction? FieldsOfAction, LifePhases? LifePhases, List<Guid>? DistrictIds, DateOnly? StartsOn, DateOnly? EndsOn,
    string? ResponsibleName, string? ResponsibleUserId, bool? IsPublished, Guid? AgreementId, List<PartnerDraft>? Partners,
    List<Guid>? GoalIds, List<Guid>? OfferingIds)
{
    public ProjectDraft ToDraft() => new()
    {
        Title = Title, Summary = Summary, Setting = Setting ?? ProjectSetting.Municipality, TargetGroups = TargetGroups ?? default,
        FieldsOfAction = FieldsOfAction ?? default, LifePhases = LifePhases ?? default, DistrictIds = DistrictIds ?? [], StartsOn = StartsOn,
        EndsOn = EndsOn, ResponsibleName = ResponsibleName, ResponsibleUserId = ResponsibleUserId, IsPublished = IsPublished ?? false,
        AgreementId = AgreementId, Partners = Partners ?? [], GoalIds = GoalIds ?? [], OfferingIds = OfferingIds ?? [],
    };
}

public sealed record PhaseFieldsDto(string? NeedEvidence, Guid? EvidenceIndicatorId, string? PlannedMeasures, string? ProgressNotes,
    string? EvaluationResults)
{
    public PhaseDraft ToDraft() => new(NeedEvidence, EvidenceIndicatorId, PlannedMeasures, ProgressNotes, EvaluationResults);
}

public sealed record MilestoneDraftDto(string? Title, DateOnly? DueOn);

public sealed record RatingDto(GoodPracticeCriterion Criterion, int? Level, string? Justification);

public sealed record GoodPracticeDto(List<RatingDto>? Ratings);

public sealed record ProjectSummaryDto(Guid Id, string Title, ProjectSetting Setting, ActionCyclePhase Phase, DateOnly? StartsOn, DateOnly? EndsOn,
    bool IsPublished, bool IsSampleData)
{
    public static ProjectSummaryDto From(Project p) => new(p.Id, p.Title, p.Setting, p.Phase, p.StartsOn, p.EndsOn, p.IsPublished, p.IsSampleData);
}

public sealed record PartnerDto(Guid OrganisationId, string Organisation, PartnerRole Role);

public sealed record MilestoneDto(Guid Id, string Title, DateOnly DueOn, bool Done);

public sealed record PhaseChangeDto(ActionCyclePhase From, ActionCyclePhase To, DateTimeOffset At, string? ByUserId);

public sealed record EligibilityDto(Eligibility Eligibility, int? GisdQuintile, int? GisdYear);

/// <summary>A project for its planners; <see cref="ResponsibleName"/> is staff's personal data (the read is audited).</summary>
public sealed record ProjectDto(Guid Id, string Title, string Summary, ProjectSetting Setting, TargetGroups TargetGroups, FieldsOfAction FieldsOfAction,
    LifePhases LifePhases, IReadOnlyList<Guid> DistrictIds, DateOnly? StartsOn, DateOnly? EndsOn, string? ResponsibleName, bool IsPublished,
    Guid? AgreementId, ActionCyclePhase Phase, string NeedEvidence, Guid? EvidenceIndicatorId, string PlannedMeasures, string ProgressNotes,
    string EvaluationResults, IReadOnlyList<PartnerDto> Partners, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<PhaseChangeDto> PhaseChanges,
    IReadOnlyList<Guid> GoalIds, IReadOnlyList<Guid> OfferingIds, IReadOnlyList<RatingDto> GoodPractice, EligibilityDto Eligibility, bool IsSampleData)
{
    public static ProjectDto From(ProjectView view, EligibilityHint eligibility)
    {
        var p = view.Project;
        var names = view.Organisations.ToDictionary(o => o.Id, o => o.Name);
        return new(p.Id, p.Title, p.Summary, p.Setting, p.TargetGroups, p.FieldsOfAction, p.LifePhases, p.DistrictIds, p.StartsOn, p.EndsOn,
            p.ResponsibleName, p.IsPublished, p.AgreementId, p.Phase, p.NeedEvidence, p.EvidenceIndicatorId, p.PlannedMeasures, p.ProgressNotes,
            p.EvaluationResults, p.Partners.Select(x => new PartnerDto(x.OrganisationId, names.GetValueOrDefault(x.OrganisationId, ""), x.Role)).ToList(),
            p.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneDto(m.Id, m.Title, m.DueOn, m.Done)).ToList(),
            p.PhaseChanges.OrderBy(c => c.At).Select(c => new PhaseChangeDto(c.From, c.To, c.At, c.ByUserId)).ToList(),
            view.GoalIds, view.Offerings.Select((Offering o) => o.Id).ToList(),
            view.Profile.Select(e => new RatingDto(e.Criterion, e.Level, e.Justification)).ToList(),
            new EligibilityDto(eligibility.Eligibility, eligibility.Quintile, eligibility.Year), p.IsSampleData);
    }
}
