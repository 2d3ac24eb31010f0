using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Web.Features.Surveys;

public sealed record SurveyDraftDto(Dictionary<string, string?>? Title, Dictionary<string, string?>? Introduction, Guid? DistrictId,
    List<TargetGroups>? TargetGroups, bool AsksDistrict, Dictionary<string, string?>? DistrictReason, DateOnly? OpensOn, DateOnly? ClosesOn,
    List<QuestionDraftDto>? Questions)
{
    public SurveyDraft ToDraft() => new(Title, Introduction, DistrictId,
        (TargetGroups ?? []).Aggregate(Core.Common.TargetGroups.None, (all, g) => all | g), AsksDistrict, DistrictReason, OpensOn, ClosesOn);
}

/// <summary>A question; showIfQuestion/showIfOption are positions from 1; optionIndicators maps option positions to needs indicators.</summary>
public sealed record QuestionDraftDto(QuestionKind? Kind, Dictionary<string, string?>? Text, bool IsOptional, List<Dictionary<string, string?>>? Options,
    int? ScaleMax, int? ShowIfQuestion, int? ShowIfOption, Dictionary<int, Guid>? OptionIndicators)
{
    public QuestionDraft ToDraft() => new(Kind, Text, IsOptional, Options?.Select(o => (IReadOnlyDictionary<string, string?>)o).ToList(),
        ScaleMax, ShowIfQuestion, ShowIfOption, OptionIndicators);
}

public sealed record OptionDto(Guid Id, int Position, Dictionary<string, string> Text, Guid? IndicatorId);

public sealed record QuestionDto(Guid Id, int Position, QuestionKind Kind, Dictionary<string, string> Text, bool IsOptional, int? ScaleMax,
    Guid? ShowIfOptionId, IReadOnlyList<OptionDto> Options)
{
    public static QuestionDto From(SurveyQuestion q) => new(q.Id, q.Position, q.Kind, q.Text.Values, q.IsOptional,
        q.Kind == QuestionKind.Scale ? q.ScaleMax : null, q.ShowIfOptionId,
        q.Options.Select(o => new OptionDto(o.Id, o.Position, o.Text.Values, o.IndicatorId)).ToList());
}

/// <summary>A survey as its managers see it (answers: the exact number of their own survey's answers).</summary>
public sealed record SurveyDto(Guid Id, string Code, SurveyState State, Dictionary<string, string> Title, Dictionary<string, string> Introduction,
    Guid? DistrictId, IReadOnlyList<TargetGroups> TargetGroups, bool AsksDistrict, Dictionary<string, string> DistrictReason, DateOnly OpensOn,
    DateOnly ClosesOn, int Answers, string? WhatWeLearned, string? WhatWeDo, bool IsSampleData, IReadOnlyList<QuestionDto> Questions)
{
    public static SurveyDto From(SurveySummary summary)
    {
        var s = summary.Survey;
        return new(s.Id, s.Code, s.State, s.Title.Values, s.Introduction.Values, s.DistrictId, s.GroupChoicesOrAll(), s.AsksDistrict,
            s.DistrictReason.Values, s.OpensOn, s.ClosesOn, summary.Answers, s.WhatWeLearned, s.WhatWeDo, s.IsSampleData,
            s.Questions.Select(QuestionDto.From).ToList());
    }
}

/// <summary>What a respondent needs: the questions, no counts.</summary>
public sealed record QuestionnaireDto(Guid Id, string Code, Dictionary<string, string> Title, Dictionary<string, string> Introduction,
    bool AsksDistrict, Dictionary<string, string> DistrictReason, IReadOnlyList<TargetGroups> GroupChoices, DateOnly OpensOn, DateOnly ClosesOn,
    bool IsOpen, IReadOnlyList<QuestionDto> Questions);

/// <summary>Answers: question id → chosen option ids, or one scale value or text.</summary>
public sealed record ResponseDto(Dictionary<Guid, List<string>>? Answers, Guid? DistrictId, TargetGroups? TargetGroup, string? Ticket)
{
    public FilledIn ToFilledIn() => new((Answers ?? []).ToDictionary(a => a.Key,
        a => (IReadOnlyList<string>)(a.Value ?? []).Take(SurveyRules.MaxAnswersPerQuestion).ToList()), DistrictId, TargetGroup, Ticket);
}

public sealed record CreatedResponseDto(Guid SurveyId, bool FromPaper);

public sealed record OutcomeDto(string? WhatWeLearned, string? WhatWeDo);

public sealed record TicketsDto(int? Count);

public sealed record TicketBatchDto(IReadOnlyList<string> Codes);

/// <summary>A figure held back in the needs API's shape: null and heldBack true.</summary>
public sealed record CountDto(int? Value, bool HeldBack)
{
    public static CountDto From(PublishedCount c) => new(c.Value, c.HeldBack);
}

public sealed record ResultCellDto(CountDto Count, int? SharePercent);

public sealed record ResultGroupDto(string Key, string Label, CountDto Answered, IReadOnlyList<ResultCellDto> Cells);

public sealed record QuestionResultDto(Guid QuestionId, int Position, IReadOnlyList<string> Rows, IReadOnlyList<ResultGroupDto> Groups);

public sealed record SurveyResultDto(Guid SurveyId, ResultGrouping Grouping, CountDto Responses, CountDto FromPaper, int MinimumCount,
    IReadOnlyList<QuestionResultDto> Questions)
{
    public static SurveyResultDto From(SurveyResult r) => new(r.Survey.Id, r.Grouping, CountDto.From(r.Responses), CountDto.From(r.FromPaper),
        r.MinimumCount, r.Questions.Select(q => new QuestionResultDto(q.Question.Id, q.Question.Position, q.Rows,
            q.Groups.Select(g => new ResultGroupDto(g.Key, g.Label, CountDto.From(g.Answered),
                g.Cells.Select(c => new ResultCellDto(CountDto.From(c.Count), c.SharePercent)).ToList())).ToList())).ToList());
}

public sealed record NeedsFeedDto(int Values, int HeldBack);

internal static class SurveyDtoExtensions
{
    public static IReadOnlyList<TargetGroups> GroupChoicesOrAll(this Survey s) =>
        Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && s.TargetGroups.HasFlag(g)).ToList();

    public static QuestionnaireDto ToQuestionnaire(this Survey s, bool isOpen) => new(s.Id, s.Code, s.Title.Values, s.Introduction.Values,
        s.AsksDistrict && s.DistrictId is null, s.DistrictReason.Values, s.GroupChoices, s.OpensOn, s.ClosesOn, isOpen,
        s.Questions.Select(q => QuestionDto.From(q) with { Options = q.Options.Select(o => new OptionDto(o.Id, o.Position, o.Text.Values, null)).ToList() })
            .ToList());
}
