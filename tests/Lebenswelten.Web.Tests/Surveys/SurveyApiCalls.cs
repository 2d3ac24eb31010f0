using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lebenswelten.Web.Tests.Surveys;

/// <summary>A survey as the tests build it over the API: Q1 single choice (Bewegung, Ernährung), Q2 only after "Bewegung".</summary>
public static class SurveyApiCalls
{
    public static async Task<JsonElement> PublishedAsync(HttpClient coordinator, TimeProvider clock, string title = "Was wünschen Sie sich?")
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var created = await coordinator.PostAsJsonAsync("/api/sites/jena/surveys", new
        {
            title = new { de = title, en = "What do you wish for?" }, targetGroups = new[] { "tenants", "olderPeople" }, asksDistrict = true,
            districtReason = new { de = "Damit Angebote dorthin kommen, wo sie gebraucht werden." },
            opensOn = today.AddDays(-1).ToString("yyyy-MM-dd"), closesOn = today.AddDays(30).ToString("yyyy-MM-dd"),
            questions = new object[]
            {
                new { kind = "singleChoice", text = new { de = "Was wünschen Sie sich?" }, options = new[] { new { de = "Bewegung" }, new { de = "Ernährung" } } },
                new { kind = "scale", text = new { de = "Wie wichtig?" }, isOptional = true, scaleMax = 5, showIfQuestion = 1, showIfOption = 1 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var published = await coordinator.PostAsync($"/api/surveys/{id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return await published.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object Answer(JsonElement survey, int option, Guid? district = null, string? ticket = null)
    {
        var first = survey.GetProperty("questions")[0];
        return new
        {
            answers = new Dictionary<string, string[]>
            {
                [first.GetProperty("id").GetString()!] = [first.GetProperty("options")[option - 1].GetProperty("id").GetString()!],
            },
            districtId = district, ticket,
        };
    }
}
