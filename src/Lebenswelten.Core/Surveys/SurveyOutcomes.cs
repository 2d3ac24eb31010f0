namespace Lebenswelten.Core.Surveys;

/// <summary>What came of a closed survey, for the public "You said, we did" page of its site.</summary>
public sealed record SurveyOutcome(Guid SurveyId, string Title, DateOnly ClosedOn, int Answers, string WhatWeLearned, string WhatWeDo);

/// <summary>
/// The coordinator writes what was learned and what will be done after closing; the site's public page lists it. The
/// number of answers is rounded to fives like every published count (a survey with fewer than the minimum shows none).
/// </summary>
public sealed class SurveyOutcomes(LebensweltenDbContext db, SurveyAccess access, SurveyResults results)
{
    public const int MaxTextLength = 4000;

    public async Task<IReadOnlyList<SurveyOutcome>> ListPublishedAsync(Guid siteId, CancellationToken ct)
    {
        var closed = await db.Surveys.AsNoTracking()
            .Where(s => s.SiteId == siteId && s.State == SurveyState.Closed && s.WhatWeLearned != null && s.WhatWeDo != null)
            .OrderByDescending(s => s.ClosesOn)
            .Select(s => new { Survey = s, Answers = s.DeletedAnswers ?? db.SurveyResponses.Count(r => r.SurveyId == s.Id) }).ToListAsync(ct);
        return closed.Select(c => new SurveyOutcome(c.Survey.Id, c.Survey.Title.InCurrent, c.Survey.ClosesOn,
            Evaluation.PublishedCount.Of(c.Answers, results.MinimumCount).Value ?? 0, c.Survey.WhatWeLearned!, c.Survey.WhatWeDo!)).ToList();
    }

    public async Task<Outcome<Survey>> WriteAsync(Guid surveyId, string? whatWeLearned, string? whatWeDo, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct, tracked: true);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var survey = found.Value!;
        if (survey.State != SurveyState.Closed)
        {
            return SurveyProblems.NotClosed;
        }
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(whatWeLearned), "WhatWeLearned", "Required");
        errors.AddIf(whatWeLearned?.Trim().Length > MaxTextLength, "WhatWeLearned", "TooLong");
        errors.AddIf(string.IsNullOrWhiteSpace(whatWeDo), "WhatWeDo", "Required");
        errors.AddIf(whatWeDo?.Trim().Length > MaxTextLength, "WhatWeDo", "TooLong");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        (survey.WhatWeLearned, survey.WhatWeDo) = (whatWeLearned!.Trim(), whatWeDo!.Trim());
        await db.SaveChangesAsync(ct);
        return survey;
    }
}
