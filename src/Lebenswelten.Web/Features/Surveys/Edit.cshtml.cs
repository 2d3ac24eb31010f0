using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>Building one survey: its frame, its questions with skip logic (while a draft), links to indicators, publishing, closing.</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class EditModel(BackOfficeServices services, SurveyDirectory directory, SurveyBuilder builder, NeedsDirectory needs,
    SurveyLanguages languages, IStringLocalizer<SurveysResource> text) : BackOfficePage(services, text)
{
    public SurveySummary Summary { get; private set; } = null!;
    public Survey Survey => Summary.Survey;
    public IReadOnlyList<District> Districts { get; private set; } = [];
    public IReadOnlyList<Indicator> RatioIndicators { get; private set; } = [];
    public SurveyLanguages Languages => languages;
    [BindProperty] public SurveyInput Input { get; set; } = new();
    [BindProperty] public QuestionInput Question { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct)
    {
        var result = await ShowAsync(site, id, ct);
        if (result is PageResult)
        {
            Input = SurveyInput.From(Survey);
        }
        return result;
    }

    public Task<IActionResult> OnPostFrameAsync(string site, Guid id, CancellationToken ct) =>
        ChangeAsync(site, id, "Input", () => builder.UpdateAsync(id, Input.ToDraft(), UserId, ct), "Surveys.Saved", ct);

    public Task<IActionResult> OnPostQuestionAsync(string site, Guid id, CancellationToken ct)
    {
        var (draft, problem) = Question.ToDraft();
        return ChangeAsync(site, id, "Question", async () => problem is not null ? problem : await builder.AddQuestionAsync(id, draft, UserId, ct),
            "Surveys.QuestionAdded", ct);
    }

    public Task<IActionResult> OnPostRemoveAsync(string site, Guid id, Guid question, CancellationToken ct) =>
        ChangeAsync(site, id, "", () => builder.RemoveQuestionAsync(id, question, UserId, ct), "Surveys.QuestionRemoved", ct);

    public Task<IActionResult> OnPostLinkAsync(string site, Guid id, Guid option, Guid? indicator, CancellationToken ct) =>
        ChangeAsync(site, id, "", () => builder.LinkIndicatorAsync(id, option, indicator, UserId, ct), "Surveys.Linked", ct);

    public Task<IActionResult> OnPostPublishAsync(string site, Guid id, CancellationToken ct) =>
        ChangeAsync(site, id, "", () => builder.PublishAsync(id, UserId, ct), "Surveys.Published", ct);

    public Task<IActionResult> OnPostCloseAsync(string site, Guid id, CancellationToken ct) =>
        ChangeAsync(site, id, "", () => builder.CloseAsync(id, UserId, ct), "Surveys.Closed", ct);

    private async Task<IActionResult> ChangeAsync(string site, Guid id, string prefix, Func<Task<Outcome<Survey>>> change, string message,
        CancellationToken ct)
    {
        // Only the posted form's own fields count; the other form's (empty) ones are not this handler's business.
        foreach (var key in ModelState.Keys.Where(k => prefix.Length == 0 || !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        ModelState.Localise(Text);
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        var outcome = ModelState.IsValid ? await change() : default;
        if (outcome.Succeeded && ModelState.IsValid)
        {
            Saved(Text[message]);
            return RedirectToPage(new { site, id });
        }
        if (outcome.Problem is { Kind: ProblemKind.NotFound })
        {
            return NotFound();
        }
        Show(outcome.Problem, prefix);
        var shown = await ShowAsync(site, id, ct);
        if (prefix != "Input" && shown is PageResult)
        {
            Input = SurveyInput.From(Survey);
        }
        return shown;
    }

    private async Task<IActionResult> ShowAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        if (await SurveyOnSite.OpenAsync(directory, Site, id, UserId, draftsToo: true, ct) is not { } opened)
        {
            return NotFound();
        }
        Summary = opened;
        Districts = await Sites.DistrictsAsync(Site.Id, ct);
        RatioIndicators = (await needs.IndicatorsAsync(Site.Id, staff: true, ct)).Where(i => i.Kind == IndicatorKind.Ratio).ToList();
        return Page();
    }
}
