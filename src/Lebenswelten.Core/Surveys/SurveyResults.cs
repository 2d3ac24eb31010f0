using System.Globalization;
using Lebenswelten.Core.Evaluation;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Core.Surveys;

/// <summary>Counts and shares per question, for all, by district or by target group, under the small-number rule.</summary>
public sealed class SurveyResults(LebensweltenDbContext db, SurveyAccess access, IOptions<EvaluationSettings> evaluation)
{
    public int MinimumCount => evaluation.Value.EffectiveMinimum;

    public async Task<Outcome<SurveyResult>> ForAsync(Guid surveyId, ResultGrouping grouping, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        if (!Enum.IsDefined(grouping))
        {
            return DomainProblem.Field("Grouping", "Unknown");
        }
        var survey = found.Value!;
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId)
            .Select(r => new { r.Id, r.DistrictId, r.TargetGroup, r.FromPaper }).ToListAsync(ct);
        var answers = await db.SurveyAnswers.AsNoTracking().Where(a => db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == surveyId)
            && a.Text == null).Select(a => new { a.ResponseId, a.QuestionId, a.OptionId, a.ScaleValue }).ToListAsync(ct);
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == survey.SiteId).OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Key, d.Name }).ToListAsync(ct);
        var keyOf = districts.ToDictionary(d => d.Id, d => d.Key);
        var groups = grouping switch
        {
            ResultGrouping.District => districts.Select(d => (d.Key, Label: d.Name)).ToList(),
            ResultGrouping.TargetGroup => survey.GroupChoices.Select(g => (Key: g.ToString(), Label: g.ToString())).ToList(),
            _ => [(Key: "all", Label: "all")],
        };
        if (grouping != ResultGrouping.All)
        {
            groups.Add((SurveyResult.Unknown, SurveyResult.Unknown));
        }
        var groupOf = responses.ToDictionary(r => r.Id, r => grouping switch
        {
            ResultGrouping.District => r.DistrictId is { } d && keyOf.TryGetValue(d, out var key) ? key : SurveyResult.Unknown,
            ResultGrouping.TargetGroup => r.TargetGroup?.ToString() ?? SurveyResult.Unknown,
            _ => "all",
        });
        var minimum = MinimumCount;
        var questions = survey.Questions.Where(q => q.Kind != QuestionKind.ShortText).Select(question =>
        {
            var own = answers.Where(a => a.QuestionId == question.Id).ToList();
            var rows = question.Kind == QuestionKind.Scale
                ? Enumerable.Range(1, question.ScaleMax).Select(v => (Key: (Guid?)null, Value: (int?)v, Label: v.ToString(CultureInfo.InvariantCulture))).ToList()
                : question.Options.Select(o => (Key: (Guid?)o.Id, Value: (int?)null, Label: o.Text.InCurrent)).ToList();
            var columns = groups.Select(g =>
            {
                var inGroup = own.Where(a => groupOf[a.ResponseId] == g.Key).ToList();
                var answered = PublishedCount.Of(inGroup.Select(a => a.ResponseId).Distinct().Count(), minimum);
                var cells = rows.Select(row => SurveyResult.Cell(
                    inGroup.Count(a => row.Key is { } o ? a.OptionId == o : a.ScaleValue == row.Value), answered, minimum)).ToList();
                return new ResultGroup(g.Key, g.Label, answered, cells);
            }).ToList();
            return new QuestionResult(question, rows.Select(r => r.Label).ToList(), columns);
        }).ToList();
        return new SurveyResult(survey, grouping, PublishedCount.Of(responses.Count, minimum), questions, minimum,
            PublishedCount.Of(responses.Count(r => r.FromPaper), minimum));
    }
}
