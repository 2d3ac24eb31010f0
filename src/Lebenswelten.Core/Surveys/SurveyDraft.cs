namespace Lebenswelten.Core.Surveys;

/// <summary>What a coordinator enters for a survey; the same shape for the form and the API. Texts: culture name → text.</summary>
public sealed record SurveyDraft(IReadOnlyDictionary<string, string?>? Title, IReadOnlyDictionary<string, string?>? Introduction,
    Guid? DistrictId, TargetGroups TargetGroups, bool AsksDistrict, IReadOnlyDictionary<string, string?>? DistrictReason,
    DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>
/// A question. <paramref name="ShowIfQuestion"/>/<paramref name="ShowIfOption"/> (positions from 1) name the earlier
/// question's option on which it is shown; <paramref name="OptionIndicators"/> links options (by position) to indicators.
/// </summary>
public sealed record QuestionDraft(QuestionKind? Kind, IReadOnlyDictionary<string, string?>? Text, bool IsOptional,
    IReadOnlyList<IReadOnlyDictionary<string, string?>>? Options, int? ScaleMax = null, int? ShowIfQuestion = null, int? ShowIfOption = null,
    IReadOnlyDictionary<int, Guid>? OptionIndicators = null);

public static class SurveyRules
{
    /// <summary>More values for one question than any question has options is a forged form.</summary>
    public const int MaxAnswersPerQuestion = MaxOptions;

    public const int MaxTitle = 200;
    public const int MaxText = 2000;
    public const int MaxQuestions = 50;
    public const int MaxOptions = 20;

    internal static LocalizedText? Text(IReadOnlyDictionary<string, string?>? values, string field, int max, FieldErrors errors,
        bool required = true)
    {
        var text = LocalizedText.Of(values);
        errors.AddIf(text is null, field, "UnknownLanguage");
        errors.AddIf(text is not null && required && text.De.Length == 0, field, "GermanRequired");
        errors.AddIf(text?.LongestText > max, field, "TooLong");
        return text;
    }
}
