using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Surveys;

namespace Lebenswelten.Web.Features.Surveys;

/// <summary>
/// The staff pages of one survey (build, paper entry, poster) open it the same way: a survey of the site in the address
/// that the signed-in person may manage, and a draft only on the page that builds drafts. Anything else is "not found".
/// </summary>
internal static class SurveyOnSite
{
    public static async Task<SurveySummary?> OpenAsync(SurveyDirectory directory, Site site, Guid surveyId, string? userId,
        bool draftsToo, CancellationToken ct)
    {
        var opened = await directory.OpenAsync(surveyId, userId, ct);
        return opened.Problem is null && opened.Value!.Survey.SiteId == site.Id
            && (draftsToo || opened.Value.Survey.State != SurveyState.Draft) ? opened.Value : null;
    }
}
