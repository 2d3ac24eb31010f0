using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>The survey's frame as the form sends it; texts per language as Title[de], Title[en], …</summary>
public sealed class SurveyInput
{
    public Dictionary<string, string?> Title { get; set; } = [];
    public Dictionary<string, string?> Introduction { get; set; } = [];
    public Guid? DistrictId { get; set; }
    public List<TargetGroups> TargetGroups { get; set; } = [];
    public bool AsksDistrict { get; set; }
    public Dictionary<string, string?> DistrictReason { get; set; } = [];
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }

    public SurveyDraft ToDraft() => new(Title, Introduction, DistrictId,
        TargetGroups.Aggregate(Core.Common.TargetGroups.None, (all, g) => all | g), AsksDistrict, DistrictReason, OpensOn, ClosesOn);

    public static SurveyInput From(Survey survey) => new()
    {
        Title = Copy(survey.Title), Introduction = Copy(survey.Introduction), DistrictId = survey.DistrictId,
        TargetGroups = Enum.GetValues<TargetGroups>().Where(g => g != Core.Common.TargetGroups.None && survey.TargetGroups.HasFlag(g)).ToList(),
        AsksDistrict = survey.AsksDistrict, DistrictReason = Copy(survey.DistrictReason), OpensOn = survey.OpensOn, ClosesOn = survey.ClosesOn,
    };

    private static Dictionary<string, string?> Copy(LocalizedText text) => text.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
}

/// <summary>A question as the form sends it: options one per line per language (Options[de], Options[en]).</summary>
public sealed class QuestionInput
{
    public QuestionKind? Kind { get; set; }
    public Dictionary<string, string?> Text { get; set; } = [];
    public bool IsOptional { get; set; }
    public Dictionary<string, string?> Options { get; set; } = [];
    public int? ScaleMax { get; set; }

    /// <summary>"3:1": shown only when option 1 of question 3 was chosen; empty: always.</summary>
    public string? ShowIf { get; set; }

    public (QuestionDraft Draft, Core.Common.DomainProblem? Problem) ToDraft()
    {
        var lines = Options.ToDictionary(o => o.Key, o => (o.Value ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList());
        var count = lines.Count == 0 ? 0 : lines.Values.Max(l => l.Count);
        var options = Enumerable.Range(0, count).Select(i => (IReadOnlyDictionary<string, string?>)lines
            .ToDictionary(l => l.Key, l => i < l.Value.Count ? l.Value[i] : null)).ToList();
        int? on = null, option = null;
        Core.Common.DomainProblem? problem = null;
        if (!string.IsNullOrWhiteSpace(ShowIf))
        {
            var parts = ShowIf.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var q) && int.TryParse(parts[1], out var o))
            {
                (on, option) = (q, o);
            }
            else
            {
                problem = Core.Common.DomainProblem.Field("ShowIf", "UnknownOption");
            }
        }
        return (new QuestionDraft(Kind, Text, IsOptional, options, ScaleMax, on, option), problem);
    }
}
