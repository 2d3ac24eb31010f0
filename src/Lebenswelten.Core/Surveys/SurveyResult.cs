using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Core.Surveys;

public enum ResultGrouping
{
    All,
    District,
    TargetGroup,
}

/// <summary>One group's figure for one answer: the published count and the share of the group's answers, both from rounded figures.</summary>
public sealed record ResultCell(PublishedCount Count, int? SharePercent);

/// <summary>One column of a question's table: all respondents, one district ("unknown": none named) or one group.</summary>
public sealed record ResultGroup(string Key, string Label, PublishedCount Answered, IReadOnlyList<ResultCell> Cells);

/// <summary>A question's table: one row per option (or scale value), one group per column.</summary>
public sealed record QuestionResult(SurveyQuestion Question, IReadOnlyList<string> Rows, IReadOnlyList<ResultGroup> Groups);

/// <summary>
/// A survey's results as anyone who may see them sees them: every count under the minimum held back, every other rounded to
/// fives (Evaluation's <see cref="PublishedCount"/>), shares computed from the rounded figures, so that nothing is recoverable
/// by subtraction. Free texts are not in it (see <see cref="SurveyFreeTexts"/>).
/// </summary>
public sealed record SurveyResult(Survey Survey, ResultGrouping Grouping, PublishedCount Responses, IReadOnlyList<QuestionResult> Questions,
    int MinimumCount, PublishedCount FromPaper)
{
    public const string Unknown = "unknown";

    internal static ResultCell Cell(int count, PublishedCount answered, int minimum)
    {
        var published = PublishedCount.Of(count, minimum);
        return new(published, published.Value is { } v && answered.Value is > 0 and { } a ? (int)Math.Round(100.0 * v / a) : null);
    }
}
