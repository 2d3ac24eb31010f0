using System.Text.Json;
using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Projects;

public sealed class RatingForm
{
    public string? Level { get; set; }
    public string? Justification { get; set; }
}

/// <summary>The good-practice self-assessment: a level and a justification per criterion, shown as a profile chart and a table.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class GoodPracticeModel(BackOfficeServices services, IStringLocalizer<ProjectsResource> text, ProjectDirectory projects,
    GoodPracticeProfile profile) : ProjectPage(services, text, projects)
{
    [BindProperty] public Dictionary<GoodPracticeCriterion, RatingForm> Ratings { get; set; } = [];

    /// <summary>The chart's figures for the script (labels and levels, -1 where not rated); the table shows the same.</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        labels = View.Profile.Select(e => Text[$"GoodPractice.{e.Criterion}"].Value),
        levels = View.Profile.Select(e => e.Level ?? 0),
        label = Text["Projects.GoodPractice"].Value,
    });

    public async Task<IActionResult> OnGetAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadProjectAsync(site, project, ct))
        {
            return NotFound();
        }
        Ratings = View.Profile.ToDictionary(e => e.Criterion, e => new RatingForm { Level = e.Level?.ToString(), Justification = e.Justification });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid project, CancellationToken ct)
    {
        if (!await LoadProjectAsync(site, project, ct))
        {
            return NotFound();
        }
        ModelState.Localise(Text);
        var errors = new FieldErrors();
        var drafts = new List<RatingDraft>();
        foreach (var (criterion, form) in Ratings.Where(r => !string.IsNullOrWhiteSpace(r.Value.Level) || !string.IsNullOrWhiteSpace(r.Value.Justification)))
        {
            if (!int.TryParse(form.Level, out var level))
            {
                errors.Add($"[{criterion}]", "LevelRange");
                continue;
            }
            drafts.Add(new RatingDraft(criterion, level, form.Justification));
        }
        var outcome = errors.Any ? errors.ToProblem() : ModelState.IsValid ? (await profile.SaveAsync(project, drafts, Actor, ct)).Problem : null;
        if (outcome is not null || !ModelState.IsValid)
        {
            // The domain names a rating "Ratings[Concept]", the form's own check "[Concept]": both go under the criterion.
            foreach (var (field, codes) in outcome?.FieldErrors ?? new Dictionary<string, string[]>())
            {
                foreach (var code in codes)
                {
                    ModelState.AddModelError(field.StartsWith("Ratings", StringComparison.Ordinal) ? field : "Ratings" + field, Text[$"FieldError.{code}"]);
                }
            }
            return Page();
        }
        Saved(Text["Projects.ProfileSaved"]);
        return RedirectToPage(new { site, project });
    }
}
