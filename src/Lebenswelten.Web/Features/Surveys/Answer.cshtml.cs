using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// Answering a survey without an account, from the poster's short link. Skip logic is decided on the server: questions
/// that depend on an answer come in a second step, so the form works without script. Nothing about the device is kept;
/// a cookie only says "this browser answered" (docs/de/umfragen.md: no guarantee). Posting is rate-limited per client.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SurveyAnswer)]
public sealed class AnswerModel(SurveyDirectory directory, SurveyAnswering answering, SiteDirectory sites, TimeProvider clock,
    IStringLocalizer<SurveysResource> text) : PageModel
{
    public Survey Survey { get; private set; } = null!;
    public QuestionsView Questions { get; private set; } = null!;
    public int Step { get; private set; } = 1;
    public bool IsOpen { get; private set; }
    public bool AlreadyAnswered { get; private set; }
    public string? Ticket { get; private set; }

    public static string CookieName(Survey survey) => $"umfrage-{survey.Code}";

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "zugang")] string? ticket, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }
        Ticket = ticket is { Length: <= 20 } ? ticket : null;
        return await ShowAsync(1, new FilledIn(new Dictionary<Guid, IReadOnlyList<string>>(), Ticket: Ticket), ct);
    }

    public async Task<IActionResult> OnPostAsync(string code, int step, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }
        var (filled, formErrors) = FilledInForm.Read(Request.Form, Survey);
        Ticket = filled.Ticket;
        if (!IsOpen)
        {
            return await ShowAsync(1, filled, ct);
        }
        var problem = formErrors.Any ? formErrors.ToProblem() : null;
        if (problem is null && step != 2)
        {
            var errors = SurveyForm.Check(SurveyForm.Step(Survey, 1, filled), filled);
            problem = errors.Any ? errors.ToProblem() : null;
            if (problem is null && SurveyForm.Step(Survey, 2, filled).Count > 0)
            {
                return await ShowAsync(2, filled, ct);
            }
        }
        var outcome = problem ?? (await answering.SubmitAsync(code, filled, ct)).Problem;
        if (outcome is null)
        {
            Response.Cookies.Append(CookieName(Survey), "1", new CookieOptions
            {
                HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/umfragen", IsEssential = true,
                Expires = clock.GetUtcNow().AddYears(1),
            });
            return RedirectToPage("Thanks", new { code = Survey.Code });
        }
        outcome.AddTo(ModelState, text, "");
        var shownStep = step == 2 && outcome.FieldErrors?.Keys.Any(k => SurveyForm.Step(Survey, 1, filled).Any(q => SurveyForm.FieldOf(q) == k)) != true ? 2 : 1;
        return await ShowAsync(shownStep, filled, ct);
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await directory.PublicAsync(code, ct) is not { } survey)
        {
            return false;
        }
        Survey = survey;
        IsOpen = survey.IsOpenOn(BerlinTime.LocalDate(clock.GetUtcNow()));
        AlreadyAnswered = Request.Cookies.ContainsKey(CookieName(survey));
        return true;
    }

    private async Task<IActionResult> ShowAsync(int step, FilledIn filled, CancellationToken ct)
    {
        Step = step;
        var shown = SurveyForm.Step(Survey, step, filled);
        var hidden = Survey.Questions.Except(shown).ToList();
        Questions = new QuestionsView(Survey, shown, hidden, filled, await sites.DistrictsAsync(Survey.SiteId, ct), AsksAboutPerson: step == 1);
        return Page();
    }
}
