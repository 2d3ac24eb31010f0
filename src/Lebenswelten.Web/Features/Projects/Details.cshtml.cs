using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

public sealed class PhaseForm
{
    public string? NeedEvidence { get; set; }
    public Guid? EvidenceIndicatorId { get; set; }
    public string? PlannedMeasures { get; set; }
    public string? ProgressNotes { get; set; }
    public string? EvaluationResults { get; set; }
}

public sealed class MilestoneForm
{
    public string? Title { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>One project along the action cycle: its phase and each phase's fields, milestones, moving on, its applications.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class DetailsModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects, ActionCycle cycle,
    NeedsDirectory needs, ApplicationDesk desk) : ProjectPage(services, text, projects)
{
    [BindProperty] public PhaseForm Input { get; set; } = new();
    [BindProperty] public MilestoneForm Milestone { get; set; } = new();
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<FundingApplication> Applications { get; private set; } = [];
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();
    public EligibilityHint Eligibility => EligibilityHint.For(Site);

    public async Task<IActionResult> OnGetAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        Input = new PhaseForm
        {
            NeedEvidence = Project.NeedEvidence, EvidenceIndicatorId = Project.EvidenceIndicatorId, PlannedMeasures = Project.PlannedMeasures,
            ProgressNotes = Project.ProgressNotes, EvaluationResults = Project.EvaluationResults,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostPhaseAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        if (!Valid())
        {
            return Page();
        }
        var draft = new PhaseDraft(Input.NeedEvidence, Input.EvidenceIndicatorId, Input.PlannedMeasures, Input.ProgressNotes, Input.EvaluationResults);
        return await Done(await cycle.SavePhaseFieldsAsync(project, draft, Actor, ct), site, project, Text["Projects.PhaseSaved"], ct);
    }

    public async Task<IActionResult> OnPostMoveOnAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        var moved = await cycle.MoveOnAsync(project, Actor, ct);
        var message = moved.Value is { } p ? Text["Projects.MovedOn", Text[$"ActionCyclePhase.{p.Phase}"]] : "";
        return await Done(moved, site, project, message, ct);
    }

    public async Task<IActionResult> OnPostMilestoneAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct))
        {
            return NotFound();
        }
        if (!Valid())
        {
            return Page();
        }
        return await Done(await cycle.AddMilestoneAsync(project, Milestone.Title, Milestone.DueOn, Actor, ct), site, project,
            Text["Projects.MilestoneAdded"], ct, "Milestone");
    }

    public async Task<IActionResult> OnPostDoneAsync(string site, Guid project, Guid milestone, CancellationToken ct)
    {
        if (!await LoadAsync(site, project, ct) || (await cycle.SetMilestoneDoneAsync(project, milestone, true, Actor, ct)).Problem is not null)
        {
            return NotFound();
        }
        Saved(Text["Projects.PhaseSaved"]);
        return RedirectToPage(new { site, project });
    }

    /// <summary>A value the form could not even read (a date that is none) stops the save; the page shows why.</summary>
    private bool Valid()
    {
        ModelState.Localise(Text);
        return ModelState.IsValid;
    }

    private async Task<IActionResult> Done<T>(Outcome<T> outcome, string site, Guid project, string message, CancellationToken ct, string prefix = "Input")
    {
        ModelState.Localise(Text);
        return await DoneAsync(outcome, site, project, message, ct, prefix: prefix);
    }

    private async Task<bool> LoadAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadProjectAsync(site, project, ct))
        {
            return false;
        }
        Indicators = await needs.IndicatorsAsync(Site.Id, staff: true, ct);
        Applications = (await desk.ListAsync(Site.Id, UserId, 1, 100, ct, project)).Value.Items ?? [];
        People = await Projects.PeopleAsync(Project.PhaseChanges.Select(c => c.ByUserId), ct);
        return true;
    }
}
