using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Web.Tests.Security;

namespace Lebenswelten.Web.Tests.Surveys;

/// <summary>
/// Ballot stuffing: one client sending answer after answer meets the "survey-answer" budget (3 in this host, 10 per
/// 10 minutes by default) and gets 429 with Retry-After; the questionnaire itself stays readable.
/// </summary>
public sealed class SurveyBallotStuffingTests(LimitedAppHost limited) : IClassFixture<LimitedAppHost>
{
    [Fact]
    public async Task Answers_from_one_client_over_the_limit_get_429_and_are_not_stored()
    {
        var host = limited.Host;
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var stuffer = host.Client();
        var survey = await SurveyApiCalls.PublishedAsync(coordinator, host.Clock, "Stimmzettel");
        var id = survey.GetProperty("id").GetGuid();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < LimitedAppHost.Limit + 2; i++)
        {
            answers.Add(await stuffer.PostAsJsonAsync($"/api/surveys/{id}/responses", SurveyApiCalls.Answer(survey, 1)));
        }

        Assert.All(answers[..LimitedAppHost.Limit], a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.All(answers[LimitedAppHost.Limit..], a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.NotNull(answers[^1].Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await answers[^1].Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await stuffer.GetAsync($"/api/surveys/{id}/questionnaire")).StatusCode);
        var results = await coordinator.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results");
        Assert.True(results.GetProperty("responses").GetProperty("heldBack").GetBoolean());
    }
}
