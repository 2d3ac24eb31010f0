using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Surveys;

/// <summary>Surveys over the JSON API: Jena's coordinator asks, residents answer without an account, results come suppressed.</summary>
public sealed class SurveysApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_publishes_a_survey_residents_answer_without_an_account_and_small_districts_come_back_held_back(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var anonymous = host.Client();
        var survey = await SurveyApiCalls.PublishedAsync(coordinator, host.Clock);
        var id = survey.GetProperty("id").GetGuid();
        List<(Guid Id, string Key)> districts;
        await using (var lookup = host.Services.CreateAsyncScope())
        {
            var jena = lookup.ServiceProvider.GetRequiredService<Lebenswelten.Core.Data.LebensweltenDbContext>();
            districts = (await jena.Districts.Where(d => jena.Sites.Any(s => s.Id == d.SiteId && s.Slug == "jena")).OrderBy(d => d.Key)
                .Select(d => new { d.Id, d.Key }).ToListAsync()).Select(d => (d.Id, d.Key)).ToList();
        }

        var questionnaire = await anonymous.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/questionnaire");
        var page = await anonymous.GetStringAsync($"/umfragen/{survey.GetProperty("code").GetString()}");
        Assert.True(page.Contains(">Weiter</button>", StringComparison.Ordinal), page[page.IndexOf("survey-title", StringComparison.Ordinal)..][..1500]);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/surveys/{id}/responses",
                SurveyApiCalls.Answer(questionnaire, 1, districts[0].Id))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostAsJsonAsync($"/api/surveys/{id}/responses",
            SurveyApiCalls.Answer(questionnaire, 2, districts[1].Id))).StatusCode);
        var missing = await anonymous.PostAsJsonAsync($"/api/surveys/{id}/responses", new { answers = new Dictionary<string, string[]>() });

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.UnprocessableEntity);
        Assert.True(questionnaire.GetProperty("isOpen").GetBoolean());
        Assert.False(questionnaire.GetProperty("questions")[0].GetProperty("options")[0].TryGetProperty("indicatorId", out var linked) && linked.ValueKind != JsonValueKind.Null);
        var results = await coordinator.GetFromJsonAsync<JsonElement>($"/api/surveys/{id}/results?grouping=district");
        var groups = results.GetProperty("questions")[0].GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!);
        var first = groups[districts[0].Key].GetProperty("cells");
        Assert.Equal(5, first[0].GetProperty("count").GetProperty("value").GetInt32());
        Assert.True(first[1].GetProperty("count").GetProperty("heldBack").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first[1].GetProperty("count").GetProperty("value").ValueKind);
        Assert.True(groups[districts[1].Key].GetProperty("answered").GetProperty("heldBack").GetBoolean());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Lebenswelten.Core.Data.LebensweltenDbContext>();
        Assert.Equal(8, await db.SurveyResponses.CountAsync(r => r.SurveyId == id && !r.FromPaper));
    }

    [Theory, BothProviders]
    public async Task Another_sites_coordinator_finds_no_survey_a_resident_may_not_list_them_and_a_draft_is_not_public(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var weimar = await host.ApiClientAsync("coordinator@weimar.demo");
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var anonymous = host.Client();
        var created = await coordinator.PostAsJsonAsync("/api/sites/jena/surveys", new
        {
            title = new { de = "Entwurf" }, opensOn = "2026-01-01", closesOn = "2026-02-01",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await ProblemAssert.IsProblemAsync(await weimar.GetAsync($"/api/surveys/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await weimar.GetAsync($"/api/surveys/{id}/results"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.GetAsync("/api/sites/jena/surveys")).StatusCode);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/surveys/{id}/questionnaire"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsync($"/api/surveys/{id}/publish", null), HttpStatusCode.Conflict);
        var page = await coordinator.GetFromJsonAsync<JsonElement>("/api/sites/jena/surveys?page=1&pageSize=100");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        await ProblemAssert.IsProblemAsync(await coordinator.GetAsync("/api/sites/jena/surveys?pageSize=101"), HttpStatusCode.BadRequest);
    }
}
