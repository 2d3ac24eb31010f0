namespace Lebenswelten.Core.Surveys;

/// <summary>Builds a question from its draft: texts in German at least, options for choices, skip logic one level deep.</summary>
internal static class SurveyQuestions
{
    public static async Task<Outcome<SurveyQuestion>> BuildAsync(LebensweltenDbContext db, Survey survey, QuestionDraft draft, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddIf(survey.Questions.Count >= SurveyRules.MaxQuestions, "Text", "TooManyQuestions");
        errors.AddIf(draft.Kind is not { } kind || !Enum.IsDefined(kind), "Kind", "Required");
        var text = SurveyRules.Text(draft.Text, "Text", SurveyRules.MaxTitle * 2, errors);
        var question = new SurveyQuestion
        {
            SurveyId = survey.Id, Position = survey.Questions.Count + 1, Kind = draft.Kind ?? QuestionKind.ShortText,
            IsOptional = draft.IsOptional, Text = text ?? new(),
        };
        var options = (draft.Options ?? []).Select(o => LocalizedText.Of(o)).ToList();
        if (question.IsChoice)
        {
            errors.AddIf(options.Any(o => o is null), "Options", "UnknownLanguage");
            options = options.Where(o => o is not null && o.Values.Count > 0).ToList();
            errors.AddIf(options.Count is < 2 or > SurveyRules.MaxOptions, "Options", "TwoToTwenty");
            errors.AddIf(options.Any(o => o!.De.Length == 0), "Options", "GermanRequired");
            errors.AddIf(options.Any(o => o!.LongestText > SurveyRules.MaxTitle), "Options", "TooLong");
            question.Options = options.Select((o, i) => new SurveyOption { QuestionId = question.Id, Position = i + 1, Text = o! }).ToList();
        }
        if (question.Kind == QuestionKind.Scale)
        {
            question.ScaleMax = draft.ScaleMax ?? 5;
            errors.AddIf(question.ScaleMax is < 2 or > SurveyQuestion.MaxScale, "ScaleMax", "ScaleRange");
        }
        if (draft.ShowIfQuestion is { } on)
        {
            // One level: the condition's question is an earlier one that is itself always shown, and a single choice.
            var target = survey.Questions.FirstOrDefault(q => q.Position == on);
            var option = target?.Options.FirstOrDefault(o => o.Position == draft.ShowIfOption);
            errors.AddIf(target is null || target.Kind != QuestionKind.SingleChoice && target.Kind != QuestionKind.MultipleChoice,
                "ShowIfQuestion", "NotAChoice");
            errors.AddIf(target?.ShowIfOptionId is not null, "ShowIfQuestion", "OneLevelOnly");
            errors.AddIf(target is not null && option is null, "ShowIfOption", "UnknownOption");
            question.ShowIfOptionId = option?.Id;
        }
        foreach (var (position, indicatorId) in draft.OptionIndicators ?? new Dictionary<int, Guid>())
        {
            var option = question.Options.FirstOrDefault(o => o.Position == position);
            var fits = option is not null && await db.Indicators.AnyAsync(i => i.Id == indicatorId && i.SiteId == survey.SiteId
                && i.Kind == Needs.IndicatorKind.Ratio, ct);
            errors.AddIf(!fits, "OptionIndicators", "NotARatioIndicator");
            option?.IndicatorId = indicatorId;
        }
        return errors.Any ? errors.ToProblem() : question;
    }
}
