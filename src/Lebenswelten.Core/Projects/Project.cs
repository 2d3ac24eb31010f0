using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// A health promotion project of a site, planned along the public health action cycle. Optionally part of an agreement
/// (<see cref="AgreementId"/>: the partnerships capability's agreement; linked without a foreign key until both exist).
/// </summary>
public sealed class Project : ISiteOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    /// <summary>The agreement (health partnership, cooperation agreement) the project belongs to, if any. No foreign key yet.</summary>
    public Guid? AgreementId { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public ProjectSetting Setting { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public FieldsOfAction FieldsOfAction { get; set; }
    public LifePhases LifePhases { get; set; }
    /// <summary>The districts the project works in; empty means the whole site.</summary>
    public List<Guid> DistrictIds { get; set; } = [];
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>The person responsible: a name (personal data of staff, GDPR Art. 6(1)(e)), and the account where there is one.</summary>
    public string? ResponsibleName { get; set; }
    public string? ResponsibleUserId { get; set; }
    /// <summary>Shown on the public project page (title, summary, partners, offerings only).</summary>
    public bool IsPublished { get; set; }
    public bool IsSampleData { get; set; }

    public ActionCyclePhase Phase { get; private set; } = ActionCyclePhase.NeedsAssessment;

    // The fields of each phase of the cycle.
    /// <summary>Needs assessment: the evidence of need, and the indicator it rests on (e.g. school-entry findings).</summary>
    public string NeedEvidence { get; set; } = "";
    public Guid? EvidenceIndicatorId { get; set; }
    /// <summary>Planning: the measures planned (milestones are rows of their own).</summary>
    public string PlannedMeasures { get; set; } = "";
    /// <summary>Implementation: notes on progress.</summary>
    public string ProgressNotes { get; set; } = "";
    /// <summary>Evaluation: what the evaluation found.</summary>
    public string EvaluationResults { get; set; } = "";

    public List<ProjectPartner> Partners { get; set; } = [];
    public List<ProjectMilestone> Milestones { get; set; } = [];
    public List<ProjectPhaseChange> PhaseChanges { get; set; } = [];

    public bool IsLastPhase => Phase == ActionCyclePhase.Evaluation;

    /// <summary>Moves the project one phase on and records who did it and when; null in the last phase.</summary>
    public ProjectPhaseChange? MoveOn(string? byUserId, DateTimeOffset at)
    {
        if (IsLastPhase)
        {
            return null;
        }
        var change = new ProjectPhaseChange { ProjectId = Id, From = Phase, To = Phase + 1, ByUserId = byUserId, At = at };
        Phase = change.To;
        PhaseChanges.Add(change);
        return change;
    }
}

/// <summary>One step along the cycle: who moved the project on, when, from which phase to which.</summary>
public sealed class ProjectPhaseChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public ActionCyclePhase From { get; set; }
    public ActionCyclePhase To { get; set; }
    public string? ByUserId { get; set; }
    public DateTimeOffset At { get; set; }
}
