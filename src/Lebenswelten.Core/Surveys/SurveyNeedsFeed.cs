using System.Globalization;
using Lebenswelten.Core.Needs;

namespace Lebenswelten.Core.Surveys;

/// <summary>What feeding the needs picture wrote: values per indicator, and districts left out under the small-number rule.</summary>
public sealed record NeedsFeedResult(int Values, int HeldBack);

/// <summary>
/// A closed survey's linked options become needs values: per district, the share of those who answered the question that
/// chose the option ("wishes for exercise offerings"), for the closing year, through Needs' public services (a correction
/// with its note, so the map's history says where the figure came from, and the indicator's source names the survey and its
/// sample). A district where the choosers or the others number under the minimum is left out, so that neither a small
/// group nor its complement can be read off the share.
/// </summary>
public sealed class SurveyNeedsFeed(LebensweltenDbContext db, SurveyAccess access, SurveyResults results, IndicatorCorrection correction,
    IndicatorDefinitions definitions)
{
    public async Task<Outcome<NeedsFeedResult>> FeedAsync(Guid surveyId, string? userId, CancellationToken ct = default)
    {
        var found = await access.SurveyToManageAsync(surveyId, userId, ct);
        if (found.Problem is { } problem)
        {
            return problem;
        }
        var survey = found.Value!;
        if (!await access.MayFeedNeedsAsync(userId, survey.SiteId, ct))
        {
            return SurveyProblems.Forbidden;
        }
        if (survey.State != SurveyState.Closed)
        {
            return SurveyProblems.NotClosed;
        }
        var minimum = results.MinimumCount;
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == survey.SiteId).ToListAsync(ct);
        var rows = await db.SurveyAnswers.AsNoTracking()
            .Where(a => a.OptionId != null && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.SurveyId == surveyId))
            .Join(db.SurveyResponses, a => a.ResponseId, r => r.Id, (a, r) => new { a.QuestionId, a.OptionId, a.ResponseId, r.DistrictId })
            .ToListAsync(ct);
        var (written, heldBack) = (0, 0);
        foreach (var question in survey.Questions)
        {
            foreach (var option in question.Options.Where(o => o.IndicatorId is not null))
            {
                var sample = 0;
                foreach (var district in districts)
                {
                    var answered = rows.Where(r => r.QuestionId == question.Id && r.DistrictId == district.Id).Select(r => r.ResponseId).Distinct().Count();
                    var chose = rows.Count(r => r.OptionId == option.Id && r.DistrictId == district.Id);
                    if (answered == 0)
                    {
                        continue;
                    }
                    if (chose < minimum || answered - chose < minimum)
                    {
                        heldBack++;
                        continue;
                    }
                    var note = string.Create(CultureInfo.InvariantCulture,
                        $"Umfrage „{survey.Title.De}“: {option.Text.De} (n = {Evaluation.PublishedCount.Of(answered, minimum)})");
                    var outcome = await correction.CorrectAsync(survey.SiteId, option.IndicatorId!.Value, district.Key, survey.ClosesOn.Year,
                        new IndicatorFigure(null, chose, answered), note, userId!, ct);
                    if (outcome.Problem is { } failed)
                    {
                        return failed;
                    }
                    (written, sample) = (written + 1, sample + answered);
                }
                await MarkSourceAsync(survey, option.IndicatorId!.Value, sample, minimum, ct);
            }
        }
        return new NeedsFeedResult(written, heldBack);
    }

    /// <summary>The indicator says it is survey-based, with the (rounded) sample: the map and district page show its source.</summary>
    private async Task MarkSourceAsync(Survey survey, Guid indicatorId, int sample, int minimum, CancellationToken ct)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleAsync(i => i.Id == indicatorId, ct);
        var source = string.Create(CultureInfo.InvariantCulture,
            $"Umfrage „{survey.Title.De}“ ({survey.ClosesOn:yyyy-MM}), Stichprobe n = {Evaluation.PublishedCount.Of(sample, minimum)}");
        await definitions.UpdateAsync(survey.SiteId, indicatorId, new IndicatorDraft(indicator.Key, indicator.Name, indicator.Description,
            source.Length > 500 ? source[..500] : source, indicator.Unit, indicator.Topic, indicator.Kind, indicator.Direction, indicator.Privacy), ct);
    }
}
