namespace Lebenswelten.Core.Projects;

public sealed record PartnerDraft(Guid OrganisationId, PartnerRole Role);

/// <summary>A project's own fields as a form or the API sends them; the phase fields are <see cref="PhaseDraft"/>.</summary>
public sealed record ProjectDraft
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public ProjectSetting Setting { get; init; }
    public TargetGroups TargetGroups { get; init; }
    public FieldsOfAction FieldsOfAction { get; init; }
    public LifePhases LifePhases { get; init; }
    public IReadOnlyList<Guid> DistrictIds { get; init; } = [];
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public string? ResponsibleName { get; init; }
    public string? ResponsibleUserId { get; init; }
    public bool IsPublished { get; init; }
    public Guid? AgreementId { get; init; }
    public IReadOnlyList<PartnerDraft> Partners { get; init; } = [];
    public IReadOnlyList<Guid> GoalIds { get; init; } = [];
    public IReadOnlyList<Guid> OfferingIds { get; init; } = [];
}

/// <summary>The fields of the cycle's phases; a phase not yet reached cannot be filled in.</summary>
public sealed record PhaseDraft(string? NeedEvidence, Guid? EvidenceIndicatorId, string? PlannedMeasures, string? ProgressNotes,
    string? EvaluationResults);

public sealed record RatingDraft(GoodPracticeCriterion Criterion, int Level, string? Justification);

internal static class Flags
{
    public static bool Known<T>(T value) where T : struct, Enum =>
        (Convert.ToInt64(value) & ~Enum.GetValues<T>().Aggregate(0L, (all, v) => all | Convert.ToInt64(v))) == 0;

    public static bool TooLong(string? text, int max) => text is not null && text.Length > max;
}
