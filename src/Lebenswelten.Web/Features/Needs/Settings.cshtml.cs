using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Needs;

public sealed class GoalForm
{
    public string? Text { get; set; }
    public Guid IndicatorId { get; set; }
    public int BaselineYear { get; set; } = DateTime.UtcNow.Year - 1;
    public string? BaselineValue { get; set; }
    public int TargetYear { get; set; } = DateTime.UtcNow.Year + 5;
    public string? TargetValue { get; set; }
    public List<Guid> DistrictIds { get; set; } = [];
}

/// <summary>The coordinator sets the weights of the need index and the site's health goals.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class SettingsModel(SiteDirectory sites, NeedsDirectory needs, NeedsSettings settings, IStringLocalizer<NeedsResource> text)
    : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public IReadOnlyList<GoalProgress> Goals { get; private set; } = [];
    [BindProperty] public Dictionary<Guid, string?> Weights { get; set; } = [];
    [BindProperty] public GoalForm Input { get; set; } = new();
    [TempData] public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct) => await LoadAsync(site, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWeightsAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        var errors = new FieldErrors();
        var weights = Weights.ToDictionary(w => w.Key, w => (double)(FormNumbers.Decimal(w.Value, $"[{w.Key}]", errors) ?? 0));
        var outcome = errors.Any ? errors.ToProblem() : await settings.SetWeightsAsync(Site.Id, weights, ct);
        return Done(outcome.Succeeded, () => outcome.Problem?.AddTo(ModelState, text, "Weights"), "Needs.WeightsSaved");
    }

    public async Task<IActionResult> OnPostGoalAsync(string site, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct))
        {
            return NotFound();
        }
        // Only the goal form was posted; the weights' (empty) dictionary is not this handler's business.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var errors = new FieldErrors();
        var baseline = FormNumbers.Decimal(Input.BaselineValue, "BaselineValue", errors);
        var target = FormNumbers.Decimal(Input.TargetValue, "TargetValue", errors);
        var outcome = errors.Any || !ModelState.IsValid ? (errors.Any ? errors : Invalid()).ToProblem()
            : await settings.AddGoalAsync(Site.Id, new GoalDraft(Input.Text, Input.IndicatorId, Input.BaselineYear,
                (double)(baseline ?? 0), Input.TargetYear, (double)(target ?? 0), Input.DistrictIds), ct);
        return Done(outcome.Succeeded, () => outcome.Problem?.AddTo(ModelState, text), "Needs.GoalSaved");
    }

    public async Task<IActionResult> OnPostDeleteGoalAsync(string site, Guid goal, CancellationToken ct)
    {
        if (!await LoadAsync(site, ct) || !await settings.DeleteGoalAsync(Site.Id, goal, ct))
        {
            return NotFound();
        }
        Saved = text["Needs.GoalDeleted"];
        return RedirectToPage(new { site });
    }

    /// <summary>Years that are no numbers fail model binding; they are reported like every other field error.</summary>
    private FieldErrors Invalid()
    {
        var errors = new FieldErrors();
        foreach (var key in ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key).ToList())
        {
            ModelState.Remove(key);
            errors.Add(key.Replace("Input.", "", StringComparison.Ordinal), "NotANumber");
        }
        return errors;
    }

    private IActionResult Done(bool succeeded, Action addErrors, string message)
    {
        if (!succeeded)
        {
            addErrors();
            return Page();
        }
        Saved = text[message];
        return RedirectToPage(new { site = Site.Slug });
    }

    private async Task<bool> LoadAsync(string site, CancellationToken ct)
    {
        if (await sites.FindAsync(site, ct) is not { } found)
        {
            return false;
        }
        Site = found;
        Indicators = await needs.IndicatorsAsync(found.Id, staff: true, ct);
        Districts = await sites.DistrictsAsync(found.Id, ct);
        Goals = await needs.GoalsAsync(found.Id, ct);
        return true;
    }
}
