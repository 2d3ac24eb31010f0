using System.Globalization;

namespace Lebenswelten.Core.Surveys;

/// <summary>
/// What someone answered, as a form or the API sends it: per question the chosen option ids, a scale value or a text.
/// </summary>
public sealed record FilledIn(IReadOnlyDictionary<Guid, IReadOnlyList<string>> Answers, Guid? DistrictId = null,
    TargetGroups? TargetGroup = null, string? Ticket = null)
{
    public IReadOnlyList<string> Of(Guid questionId) => Answers.GetValueOrDefault(questionId) ?? [];
}

/// <summary>
/// The survey as a form: which questions are shown (skip logic, decided on the server so it works without script), in
/// two steps when a question depends on an earlier answer, and the rules every answer follows.
/// </summary>
public static class SurveyForm
{
    /// <summary>Step 1: every question that is always shown. Step 2: the ones whose condition the step-1 answers met.</summary>
    public static IReadOnlyList<SurveyQuestion> Step(Survey survey, int step, FilledIn filled) =>
        step == 1 ? survey.Questions.Where(q => q.ShowIfOptionId is null).OrderBy(q => q.Position).ToList()
            : Shown(survey, filled).Where(q => q.ShowIfOptionId is not null).ToList();

    public static IReadOnlyList<SurveyQuestion> Shown(Survey survey, FilledIn filled)
    {
        var chosen = survey.Questions.Where(q => q.ShowIfOptionId is null)
            .SelectMany(q => filled.Of(q.Id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return survey.Questions.Where(q => q.ShowIfOptionId is not { } on || chosen.Contains(on.ToString()))
            .OrderBy(q => q.Position).ToList();
    }

    /// <summary>Errors per question ("Q3": Required), as the form shows them beside the question.</summary>
    public static FieldErrors Check(IEnumerable<SurveyQuestion> questions, FilledIn filled)
    {
        var errors = new FieldErrors();
        foreach (var question in questions)
        {
            var values = filled.Of(question.Id).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            var field = FieldOf(question);
            if (values.Count == 0)
            {
                errors.AddIf(!question.IsOptional, field, "Required");
                continue;
            }
            var fits = question.Kind switch
            {
                QuestionKind.SingleChoice => values.Count == 1 && IsOption(question, values[0]),
                QuestionKind.MultipleChoice => values.All(v => IsOption(question, v)) && values.Distinct().Count() == values.Count,
                QuestionKind.Scale => values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n >= 1 && n <= question.ScaleMax,
                _ => values.Count == 1,
            };
            errors.AddIf(!fits, field, "NotAChoice");
            errors.AddIf(question.Kind == QuestionKind.ShortText && values[0].Trim().Length > SurveyAnswer.MaxTextLength, field, "TooLong");
        }
        return errors;
    }

    public static string FieldOf(SurveyQuestion question) => $"Q{question.Position}";

    /// <summary>The answers to store: only those to shown questions (an answer to a skipped question is dropped).</summary>
    public static List<SurveyAnswer> Answers(IReadOnlyList<SurveyQuestion> shown, FilledIn filled) =>
        shown.SelectMany(q => filled.Of(q.Id).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => q.Kind switch
        {
            QuestionKind.Scale => new SurveyAnswer { QuestionId = q.Id, ScaleValue = int.Parse(v, CultureInfo.InvariantCulture) },
            QuestionKind.ShortText => new SurveyAnswer { QuestionId = q.Id, Text = v.Trim() },
            _ => new SurveyAnswer { QuestionId = q.Id, OptionId = Guid.Parse(v) },
        })).ToList();

    private static bool IsOption(SurveyQuestion question, string value) =>
        Guid.TryParse(value, out var id) && question.Options.Any(o => o.Id == id);
}
