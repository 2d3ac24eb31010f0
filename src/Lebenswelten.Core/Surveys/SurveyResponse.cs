namespace Lebenswelten.Core.Surveys;

/// <summary>
/// One person's answers. Deliberately without IP address, device, account or time of day (GDPR Art. 5(1)(c)): only the
/// day, the district and group the person chose to name, and whether staff typed it in from paper.
/// </summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurveyId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public Guid? DistrictId { get; set; }
    public TargetGroups? TargetGroup { get; set; }
    public bool FromPaper { get; set; }
    public bool IsSampleData { get; set; }
    public List<SurveyAnswer> Answers { get; set; } = [];
}

/// <summary>One answer: a chosen option (one row per option of a multiple choice), a scale value or a short text.</summary>
public sealed class SurveyAnswer
{
    public const int MaxTextLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ResponseId { get; set; }
    public Guid QuestionId { get; set; }
    public Guid? OptionId { get; set; }
    public int? ScaleValue { get; set; }
    public string? Text { get; set; }
}

/// <summary>A single-use code printed on one flyer; only its hash is stored, and using it leaves no link to the answer.</summary>
public sealed class SurveyTicket
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurveyId { get; set; }
    public required string CodeHash { get; set; }
    public bool IsUsed { get; set; }
}
