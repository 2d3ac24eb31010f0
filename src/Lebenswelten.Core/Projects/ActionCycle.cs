using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// The project along the public health action cycle: each phase's fields, its milestones, and moving on, which needs
/// the current phase's own field filled in and records who moved it and when.
/// </summary>
public sealed class ActionCycle(LebensweltenDbContext db, ProjectAccess access, TimeProvider clock)
{
    public async Task<Outcome<Project>> SavePhaseFieldsAsync(Guid projectId, PhaseDraft draft, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct);
        if (found.Problem is not null)
        {
            return found;
        }
        var project = found.Value!;
        var errors = new FieldErrors();
        var fields = new (string Name, string? Text, ActionCyclePhase Phase)[]
        {
            (nameof(draft.NeedEvidence), draft.NeedEvidence, ActionCyclePhase.NeedsAssessment),
            (nameof(draft.PlannedMeasures), draft.PlannedMeasures, ActionCyclePhase.Planning),
            (nameof(draft.ProgressNotes), draft.ProgressNotes, ActionCyclePhase.Implementation),
            (nameof(draft.EvaluationResults), draft.EvaluationResults, ActionCyclePhase.Evaluation),
        };
        foreach (var (name, text, phase) in fields)
        {
            errors.AddIf(Flags.TooLong(text, Project.MaxTextLength), name, "TooLong");
            errors.AddIf(!string.IsNullOrWhiteSpace(text) && phase > project.Phase, name, "PhaseNotReached");
        }
        errors.AddIf(draft.EvidenceIndicatorId is { } indicator
            && !await db.Indicators.AnyAsync(i => i.Id == indicator && i.SiteId == project.SiteId, ct), "EvidenceIndicatorId", "UnknownIndicator");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        project.NeedEvidence = draft.NeedEvidence?.Trim() ?? "";
        project.EvidenceIndicatorId = draft.EvidenceIndicatorId;
        project.PlannedMeasures = draft.PlannedMeasures?.Trim() ?? "";
        project.ProgressNotes = draft.ProgressNotes?.Trim() ?? "";
        project.EvaluationResults = draft.EvaluationResults?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        return project;
    }

    /// <summary>One phase on. Twice at once moves it one phase: the second sees the first's phase under the row lock.</summary>
    public async Task<Outcome<Project>> MoveOnAsync(Guid projectId, AuditActor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await RowLock.ForUpdateAsync<Project>(db, projectId, ct);
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct);
        if (found.Problem is not null)
        {
            return found;
        }
        var project = found.Value!;
        var missing = project.Phase switch
        {
            ActionCyclePhase.NeedsAssessment when string.IsNullOrWhiteSpace(project.NeedEvidence) => nameof(Project.NeedEvidence),
            ActionCyclePhase.Planning when string.IsNullOrWhiteSpace(project.PlannedMeasures) => nameof(Project.PlannedMeasures),
            ActionCyclePhase.Planning when project.Milestones.Count == 0 => nameof(Project.Milestones),
            ActionCyclePhase.Implementation when string.IsNullOrWhiteSpace(project.ProgressNotes) => nameof(Project.ProgressNotes),
            _ => null,
        };
        if (missing is not null)
        {
            return DomainProblem.Field(missing, "PhaseFieldRequired");
        }
        if (project.MoveOn(actor.UserId, clock.GetUtcNow()) is not { } change)
        {
            return DomainProblem.Conflict("Project.LastPhase");
        }
        db.Add(change);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return project;
    }

    public async Task<Outcome<ProjectMilestone>> AddMilestoneAsync(Guid projectId, string? title, DateOnly? dueOn, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct);
        if (found.Problem is not null)
        {
            return found.Problem;
        }
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(title), "Title", "Required");
        errors.AddIf(Flags.TooLong(title, ProjectMilestone.MaxTitleLength), "Title", "TooLong");
        errors.AddIf(dueOn is null, "DueOn", "Required");
        errors.AddIf(found.Value!.Phase > ActionCyclePhase.Implementation, "Title", "PhaseNotReached");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var milestone = new ProjectMilestone { ProjectId = projectId, Title = title!.Trim(), DueOn = dueOn!.Value };
        db.Add(milestone);
        await db.SaveChangesAsync(ct);
        return milestone;
    }

    public async Task<Outcome<ProjectMilestone>> SetMilestoneDoneAsync(Guid projectId, Guid milestoneId, bool done, AuditActor actor, CancellationToken ct)
    {
        var found = await access.ProjectToManageAsync(projectId, actor.UserId, ct);
        if (found.Value?.Milestones.FirstOrDefault(m => m.Id == milestoneId) is not { } milestone)
        {
            return DomainProblem.NotFound("Milestone.NotFound");
        }
        milestone.Done = done;
        await db.SaveChangesAsync(ct);
        return milestone;
    }
}
