using Lebenswelten.Core.Privacy;

namespace Lebenswelten.Core.Surveys;

public sealed record FreeTextAnswer(SurveyQuestion Question, CheckedText Text);

/// <summary>
/// The short texts of a survey for its managers, each checked (<see cref="FreeTextCheck"/>), never with the district or
/// group of the person (that could point to them). Free text can identify a person, so every read is audited (GDPR Art. 5(2)).
/// </summary>
public sealed class SurveyFreeTexts(LebensweltenDbContext db, SurveyAccess access, AuditLog audit)
{
    public const string DataKind = "Survey.FreeText";

    public async Task<Outcome<IReadOnlyList<FreeTextAnswer>>> ReadAsync(Guid surveyId, AuditActor actor, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, actor.UserId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var survey = found.Value!;
        var texts = await db.SurveyAnswers.AsNoTracking()
            .Where(a => a.Text != null && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == surveyId))
            .Select(a => new { a.QuestionId, a.Text }).ToListAsync(ct);
        await audit.RecordReadAsync(actor, DataKind, surveyId.ToString(), survey.SiteId, ct);
        // Shuffled by text, not in the order given: the order of answers would say who answered when.
        return texts.OrderBy(t => survey.Questions.First(q => q.Id == t.QuestionId).Position).ThenBy(t => t.Text, StringComparer.Ordinal)
            .Select(t => new FreeTextAnswer(survey.Questions.First(q => q.Id == t.QuestionId), FreeTextCheck.Check(t.Text!))).ToList();
    }
}
