using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Ideas;

/// <summary>Ideas over the JSON API: a resident proposes and supports, the coordinator moderates and answers, everyone reads.</summary>
public sealed class IdeasApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_proposal_is_moderated_supported_once_answered_and_shows_in_you_said_we_did_without_a_name(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var resident = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Resident, "jena", name: "Marta Musterfrau");
        var neighbour = await TestAccounts.CreateAsync(host);
        using var author = await host.ApiClientAsync(resident.Email);
        using var supporter = await host.ApiClientAsync(neighbour.Email);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var anonymous = await host.ApiClientAsync(null);
        var title = $"Bankroute {Guid.NewGuid():N}"[..24];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/sites/jena/ideas", new { title, text = "x" })).StatusCode);
        await ProblemAssert.HasCodeAsync(await author.PostAsJsonAsync("/api/sites/jena/ideas", new { title = "", text = "" }), HttpStatusCode.UnprocessableEntity, "Validation");
        var created = await author.PostAsJsonAsync("/api/sites/jena/ideas", new { title, text = "Alle 300 Meter eine Bank.", targetGroups = new[] { "olderPeople" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/ideas/{id}", created.Headers.Location!.ToString());
        await ProblemAssert.HasCodeAsync(await anonymous.GetAsync($"/api/ideas/{id}"), HttpStatusCode.NotFound, "Idea.NotFound");
        await ProblemAssert.HasCodeAsync(await supporter.PostAsync($"/api/ideas/{id}/support", null), HttpStatusCode.NotFound, "Idea.NotFound");

        var queue = await coordinator.GetFromJsonAsync<JsonElement>("/api/sites/jena/pending-ideas");
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        await ProblemAssert.HasCodeAsync(await supporter.PostAsync($"/api/ideas/{id}/publish", null), HttpStatusCode.NotFound, "Idea.NotFound");
        await Ok(coordinator.PostAsync($"/api/ideas/{id}/publish", null));
        await ProblemAssert.HasCodeAsync(await coordinator.PostAsJsonAsync($"/api/ideas/{id}/reject", new { reason = "zu spät" }), HttpStatusCode.Conflict, "Idea.AlreadyModerated");

        Assert.Equal(1, (await Ok(supporter.PostAsync($"/api/ideas/{id}/support", null))).GetProperty("supports").GetInt32());
        await ProblemAssert.HasCodeAsync(await supporter.PostAsync($"/api/ideas/{id}/support", null), HttpStatusCode.Conflict, "Idea.AlreadySupported");
        var offering = await OfferingAsync(host);
        await ProblemAssert.HasCodeAsync(await coordinator.PostAsJsonAsync($"/api/ideas/{id}/answer", new { kind = "notPossible" }), HttpStatusCode.UnprocessableEntity, "Validation");
        var answered = await Ok(coordinator.PostAsJsonAsync($"/api/ideas/{id}/answer", new { kind = "planned", text = "Die Stadt stellt Bänke auf.", offeringId = offering }));
        Assert.Equal("planned", answered.GetProperty("answer").GetProperty("kind").GetString());

        var shown = await anonymous.GetStringAsync($"/api/ideas/{id}");
        var outcomes = await anonymous.GetStringAsync("/api/sites/jena/idea-outcomes");
        var list = await anonymous.GetStringAsync("/api/sites/jena/ideas?pageSize=100");
        Assert.Contains(title, outcomes, StringComparison.Ordinal);
        Assert.Contains($"\"offering\":{{\"id\":\"{offering}\"", outcomes, StringComparison.Ordinal);
        foreach (var body in new[] { shown, outcomes, list })
        {
            Assert.DoesNotContain("Marta", body, StringComparison.Ordinal);
            Assert.DoesNotContain(resident.Email, body, StringComparison.Ordinal);
            Assert.DoesNotContain(resident.Id, body, StringComparison.Ordinal);
            Assert.DoesNotContain(neighbour.Id, body, StringComparison.Ordinal);
        }
        var mine = await author.GetFromJsonAsync<JsonElement>("/api/me/ideas");
        Assert.Contains(mine.GetProperty("proposed").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id && i.GetProperty("supports").GetInt32() == 1);
        await ProblemAssert.HasCodeAsync(await anonymous.GetAsync("/api/sites/jena/ideas?page=0"), HttpStatusCode.BadRequest, "Validation");
    }

    private static async Task<Guid> OfferingAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Offerings.Where(o => o.Status == Core.Offerings.OfferingStatus.Published && db.Sites.Any(s => s.Id == o.SiteId && s.Slug == "jena"))
            .OrderBy(o => o.Title).Select(o => o.Id).FirstAsync();
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
