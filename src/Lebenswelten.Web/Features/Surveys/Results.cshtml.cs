using System.Text.Json;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// A survey's results for its managers: per question a chart and the table under it, for all or by district or group,
/// every figure under the small-number rule; the CSV/Excel export with the same figures; after closing, what came of it
/// and the step that feeds linked options into the needs picture.
/// </summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class ResultsModel(BackOfficeServices services, SurveyResults results, SurveyExport export, SurveyOutcomes outcomes,
    SurveyNeedsFeed feed, IStringLocalizer<SurveysResource> text) : BackOfficePage(services, text)
{
    public static readonly IReadOnlyDictionary<string, ResultGrouping> Groupings = new Dictionary<string, ResultGrouping>
    {
        ["alle"] = ResultGrouping.All, ["stadtteile"] = ResultGrouping.District, ["gruppen"] = ResultGrouping.TargetGroup,
    };

    public SurveyResult Result { get; private set; } = null!;
    public SurveyResult Overall { get; private set; } = null!;
    [BindProperty(SupportsGet = true, Name = "gruppierung")] public string? Grouping { get; set; }
    [BindProperty] public string? WhatWeLearned { get; set; }
    [BindProperty] public string? WhatWeDo { get; set; }

    public Survey Survey => Result.Survey;
    public string GroupingKey => Groupings.FirstOrDefault(g => g.Value == Result.Grouping).Key;

    public Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) => ShowAsync(site, id, ct);

    public async Task<IActionResult> OnGetExportAsync(string site, Guid id, string? format, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || format is not ("csv" or "xlsx") || !Groupings.TryGetValue(Grouping ?? "alle", out var grouping))
        {
            return NotFound();
        }
        var file = await export.FileAsync(id, grouping, format == "xlsx", Text["Surveys.HeldBack"], UserId, ct);
        var shown = await results.ForAsync(id, grouping, UserId, ct);
        if (file.Problem is not null || shown.Value!.Survey.SiteId != Site.Id)
        {
            return NotFound();
        }
        return File(file.Value!, format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            SurveyExport.FileName(shown.Value.Survey, format == "xlsx"));
    }

    public async Task<IActionResult> OnPostOutcomeAsync(string site, Guid id, CancellationToken ct)
    {
        var written = await outcomes.WriteAsync(id, WhatWeLearned, WhatWeDo, UserId, ct);
        Show(written.Problem, "");
        return await DoneAsync(site, id, written.Succeeded, "Surveys.OutcomeSaved", ct);
    }

    public async Task<IActionResult> OnPostFeedAsync(string site, Guid id, CancellationToken ct)
    {
        var fed = await feed.FeedAsync(id, UserId, ct);
        Show(fed.Problem, "");
        return await DoneAsync(site, id, fed.Succeeded, fed.Succeeded ? Text["Surveys.Fed", fed.Value!.Values, fed.Value.HeldBack] : "", ct);
    }

    /// <summary>Chart.js's data (evaluation-charts.js draws it): all respondents per answer, held-back ones as gaps (null), never 0.</summary>
    public string ChartJson(QuestionResult question) => JsonSerializer.Serialize(new
    {
        type = "bar", labels = question.Rows, label = Text["Surveys.Answers"].Value,
        values = Overall.Questions.Single(q => q.Question.Id == question.Question.Id).Groups[0].Cells.Select(c => c.Count.Value),
    });

    private async Task<IActionResult> DoneAsync(string site, Guid id, bool succeeded, string message, CancellationToken ct)
    {
        if (!succeeded)
        {
            return await ShowAsync(site, id, ct);
        }
        Saved(message);
        return RedirectToPage(new { site, id });
    }

    private async Task<IActionResult> ShowAsync(string site, Guid id, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct) || !Groupings.TryGetValue(Grouping ?? "alle", out var grouping))
        {
            return NotFound();
        }
        var shown = await results.ForAsync(id, grouping, UserId, ct);
        if (shown.Problem is not null || shown.Value!.Survey.SiteId != Site.Id)
        {
            return NotFound();
        }
        (Result, Overall) = (shown.Value, (await results.ForAsync(id, ResultGrouping.All, UserId, ct)).Value!);
        WhatWeLearned ??= Survey.WhatWeLearned;
        WhatWeDo ??= Survey.WhatWeDo;
        return Page();
    }
}
