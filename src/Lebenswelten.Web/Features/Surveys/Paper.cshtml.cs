using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Features.Identity;
using Lebenswelten.Web.Features.Shared.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>Staff type in a paper form's answers (all questions on one page, as on paper); stored marked as from paper.</summary>
[Authorize(Policy = Policies.SiteStaff)]
public sealed class PaperModel(BackOfficeServices services, SurveyDirectory directory, SurveyAnswering answering, IStringLocalizer<SurveysResource> text)
    : BackOfficePage(services, text)
{
    public Survey Survey { get; private set; } = null!;
    public QuestionsView Questions { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string site, Guid id, CancellationToken ct) =>
        ShowAsync(site, id, new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>()), ct);

    public async Task<IActionResult> OnPostAsync(string site, Guid id, CancellationToken ct)
    {
        var shown = await ShowAsync(site, id, new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>()), ct);
        if (shown is not PageResult)
        {
            return shown;
        }
        var (filled, errors) = FilledInForm.Read(Request.Form, Survey);
        var problem = errors.Any ? errors.ToProblem() : (await answering.EnterFromPaperAsync(id, filled, UserId, ct)).Problem;
        if (problem is null)
        {
            Saved(Text["Surveys.PaperSaved"]);
            return RedirectToPage(new { site, id });
        }
        Show(problem, "");
        return await ShowAsync(site, id, filled, ct);
    }

    private async Task<IActionResult> ShowAsync(string site, Guid id, FilledIn filled, CancellationToken ct)
    {
        if (!await LoadSiteAsync(site, ct))
        {
            return NotFound();
        }
        if (await SurveyOnSite.OpenAsync(directory, Site, id, UserId, draftsToo: false, ct) is not { } opened)
        {
            return NotFound();
        }
        Survey = opened.Survey;
        Questions = new QuestionsView(Survey, Survey.Questions, [], filled, await Sites.DistrictsAsync(Site.Id, ct), AsksAboutPerson: true);
        return Page();
    }
}
