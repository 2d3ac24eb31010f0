using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Needs;

public sealed class IndicatorApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_defines_changes_and_deletes_an_indicator_with_409_and_422_where_rules_break(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var key = $"api-{Guid.NewGuid():N}"[..16];
        var body = new { key, name = "Motorik bei Einschulung", unit = "%", topic = "Schuleingangsuntersuchung", kind = "Ratio",
            direction = "HigherIsWorse", privacy = "Public", source = "Gesundheitsamt Jena" };

        var created = await coordinator.PostAsJsonAsync("/api/sites/jena/indicators", body);
        var twice = await coordinator.PostAsJsonAsync("/api/sites/jena/indicators", body);
        var invalid = await coordinator.PostAsJsonAsync("/api/sites/jena/indicators", new { name = "", kind = "Bogus" });
        var nowhere = await coordinator.PostAsJsonAsync("/api/sites/atlantis/indicators", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var indicator = await created.Content.ReadFromJsonAsync<JsonElement>();
        var url = $"/api/sites/jena/indicators/{indicator.GetProperty("id").GetGuid()}";
        Assert.Equal(url, created.Headers.Location!.OriginalString);
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict);
        Assert.True(invalid.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{invalid.StatusCode}");
        // A site the coordinator does not hold (here: none at all) is refused before anything is looked up.
        Assert.Equal(HttpStatusCode.Forbidden, nowhere.StatusCode);
        var missing = await coordinator.PostAsJsonAsync("/api/sites/jena/indicators", new { name = "Ohne Art" });
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal("Bitte ausfüllen.", problem.RootElement.GetProperty("errors").GetProperty("kind")[0].GetString());

        var changed = await coordinator.PutAsJsonAsync(url, body with { });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var values = await coordinator.PostAsync($"{url}/values", new StringContent("district,year,numerator,denominator\nWenigenjena,2023,6,60\n"));
        Assert.Equal(HttpStatusCode.OK, values.StatusCode);
        await ProblemAssert.IsProblemAsync(await coordinator.PutAsJsonAsync(url, new { name = "x", unit = "%", topic = "t", kind = "Value", direction = "HigherIsWorse", privacy = "Public" }), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await coordinator.DeleteAsync(url), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await coordinator.PutAsJsonAsync($"/api/sites/jena/indicators/{Guid.NewGuid()}", body), HttpStatusCode.NotFound);

        var unused = await (await coordinator.PostAsJsonAsync("/api/sites/jena/indicators", body with { key = key + "-b" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/sites/jena/indicators/{unused.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_coordinator_corrects_a_value_with_a_note_and_reads_its_history_which_is_audited(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var indicator = await TestIndicators.CreateAsync(host, "jena");
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var other = await host.ApiClientAsync("coordinator@gera.demo");
        await coordinator.PostAsync($"/api/sites/jena/indicators/{indicator.Id}/values", new StringContent("district,year,numerator,denominator\nwenigenjena,2023,6,60\n"));
        var url = $"/api/sites/jena/indicators/{indicator.Id}/values/wenigenjena/2023";

        var withoutNote = await coordinator.PutAsJsonAsync(url, new { numerator = 9, denominator = 60 });
        var tooMany = await coordinator.PutAsJsonAsync(url, new { numerator = 90, denominator = 60, note = "x" });
        var unknownDistrict = await coordinator.PutAsJsonAsync(url.Replace("wenigenjena", "atlantis", StringComparison.Ordinal), new { numerator = 9, denominator = 60, note = "x" });
        var foreign = await other.PutAsJsonAsync(url, new { numerator = 9, denominator = 60, note = "x" });
        var corrected = await coordinator.PutAsJsonAsync(url, new { numerator = 9, denominator = 60, note = "Nachmeldung des Gesundheitsamts" });

        await ProblemAssert.IsProblemAsync(withoutNote, HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(unknownDistrict, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var record = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(15.0, record.GetProperty("value").GetDouble());
        var entry = record.GetProperty("history")[0];
        Assert.Equal((10.0, 15.0, "Nachmeldung des Gesundheitsamts"),
            (entry.GetProperty("oldValue").GetDouble(), entry.GetProperty("newValue").GetDouble(), entry.GetProperty("note").GetString()));
        // Public readers see the corrected figure.
        using var anonymous = host.Client();
        Assert.Contains("15", await anonymous.GetStringAsync($"/api/sites/jena/indicators/{indicator.Id}/values?year=2023"), StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var coordinatorId = await db.Users.Where(u => u.Email == "coordinator@jena.demo").Select(u => u.Id).SingleAsync();
        // The history names the person, not the account id.
        Assert.NotEqual(coordinatorId, entry.GetProperty("changedBy").GetString());
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("changedBy").GetString()));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.DataKind == "IndicatorValue.History" && a.ActorUserId == coordinatorId && a.SubjectUserId == coordinatorId));
    }
}
