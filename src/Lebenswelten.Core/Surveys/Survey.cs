using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Surveys;

public enum SurveyState
{
    Draft,
    Published,
    Closed,
}

public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    Scale,
    ShortText,
}

/// <summary>
/// A survey of one site, perhaps for one district or target group. Its questions are fixed once it is published, so that
/// every answer was given to the same questions (a changed question would make the counts meaningless).
/// </summary>
public sealed class Survey : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }

    /// <summary>The short link's code (/umfragen/{code}): readable, typed from a poster.</summary>
    public required string Code { get; set; }
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Introduction { get; set; } = new();
    public Guid? DistrictId { get; set; }
    public TargetGroups TargetGroups { get; set; }

    /// <summary>Whether the respondent is asked for the district; then <see cref="DistrictReason"/> says why (GDPR Art. 13).</summary>
    public bool AsksDistrict { get; set; }
    public LocalizedText DistrictReason { get; set; } = new();
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public SurveyState State { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Written by the coordinator after closing, for "You said, we did".</summary>
    public string? WhatWeLearned { get; set; }
    public string? WhatWeDo { get; set; }
    public bool IsSampleData { get; set; }

    /// <summary>How many answers there were when the retention period deleted them (null while they are kept).</summary>
    public int? DeletedAnswers { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];

    public bool IsOpenOn(DateOnly day) => State == SurveyState.Published && day >= OpensOn && day <= ClosesOn;

    /// <summary>The groups a respondent may name: only asked when the survey is for more than one.</summary>
    public IReadOnlyList<TargetGroups> GroupChoices =>
        Enum.GetValues<TargetGroups>().Where(g => g != TargetGroups.None && TargetGroups.HasFlag(g)).ToList() is { Count: > 1 } groups
            ? groups : [];
}

public sealed class SurveyQuestion
{
    public const int MaxScale = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurveyId { get; set; }
    public int Position { get; set; }
    public QuestionKind Kind { get; set; }
    public LocalizedText Text { get; set; } = new();
    public bool IsOptional { get; set; }

    /// <summary>Scale questions: 1 to this (5 by default).</summary>
    public int ScaleMax { get; set; } = 5;

    /// <summary>Skip logic, one level: shown only when this option of an earlier (unconditional) question was chosen.</summary>
    public Guid? ShowIfOptionId { get; set; }
    public List<SurveyOption> Options { get; set; } = [];

    public bool IsChoice => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
}

public sealed class SurveyOption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuestionId { get; set; }
    public int Position { get; set; }
    public LocalizedText Text { get; set; } = new();

    /// <summary>A needs indicator (kind ratio) this option's share per district feeds.</summary>
    public Guid? IndicatorId { get; set; }
}
