using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Projects;

/// <summary>Projects and funding over the JSON API, as a coordinator and an insurer officer of Jena use it.</summary>
public sealed class ProjectsApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_plans_a_project_through_the_cycle_and_an_officer_approves_its_application_within_the_budget(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var officer = await host.ApiClientAsync("insurer@jena.demo");

        var created = await coordinator.PostAsJsonAsync("/api/sites/jena/projects", new
        {
            title = "Bewegte Nachbarschaft", summary = "Spaziergänge im Quartier.", setting = "Neighbourhood", targetGroups = "Tenants, OlderPeople",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var project = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = project.GetProperty("id").GetGuid();
        Assert.Equal("needsAssessment", project.GetProperty("phase").GetString());
        Assert.Contains(project.GetProperty("eligibility").GetProperty("eligibility").GetString(), new[] { "priority", "standard" });

        var refused = await coordinator.PostAsync($"/api/projects/{id}/advance", null);
        await Problem(refused, HttpStatusCode.UnprocessableEntity, "Validation");
        await Ok(coordinator.PutAsJsonAsync($"/api/projects/{id}/cycle", new { needEvidence = "Befragung im Quartier" }));
        await Ok(coordinator.PostAsync($"/api/projects/{id}/advance", null));
        await Ok(coordinator.PutAsJsonAsync($"/api/projects/{id}/cycle", new { needEvidence = "Befragung", plannedMeasures = "Wöchentliche Spaziergänge" }));
        await Ok(coordinator.PostAsJsonAsync($"/api/projects/{id}/milestones", new { title = "Erster Spaziergang", dueOn = "2026-06-01" }));
        await Ok(coordinator.PostAsync($"/api/projects/{id}/advance", null));
        await Ok(coordinator.PutAsJsonAsync($"/api/projects/{id}/cycle", new { needEvidence = "Befragung", plannedMeasures = "Spaziergänge", progressNotes = "20 Teilnehmende" }));
        var evaluated = await Ok(coordinator.PostAsync($"/api/projects/{id}/advance", null));
        Assert.Equal("evaluation", evaluated.GetProperty("phase").GetString());
        Assert.Equal(3, evaluated.GetProperty("phaseChanges").GetArrayLength());
        var profiled = await Ok(coordinator.PutAsJsonAsync($"/api/projects/{id}/good-practice",
            new { ratings = new[] { new { criterion = "Participation", level = 3, justification = "Route mit den Mietern geplant." } } }));
        Assert.Equal(3, profiled.GetProperty("goodPractice").EnumerateArray().Single(r => r.GetProperty("criterion").GetString() == "participation")
            .GetProperty("level").GetInt32());

        var sources = await coordinator.GetFromJsonAsync<JsonElement>("/api/sites/jena/funding-sources");
        var source = sources.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Projektmittel AOK PLUS").GetProperty("id").GetGuid();
        var year = 2099;
        await Ok(officer.PutAsJsonAsync($"/api/funding-sources/{source}/budgets/{year}", new { plannedCents = 10_000_00 }));
        var applied = await coordinator.PostAsJsonAsync($"/api/projects/{id}/applications", new { fundingSourceId = source, year, title = "Spaziergänge", requestedCents = 4_000_00 });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var application = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Ok(coordinator.PostAsJsonAsync($"/api/funding-applications/{application}/submit-idea", new { comment = "Skizze" }));
        await Problem(await coordinator.PostAsJsonAsync($"/api/funding-applications/{application}/invite", new { }),
            HttpStatusCode.Forbidden, "Projects.Forbidden");
        await Ok(officer.PostAsJsonAsync($"/api/funding-applications/{application}/invite", new { dueOn = "2099-03-01" }));
        await Ok(coordinator.PostAsJsonAsync($"/api/funding-applications/{application}/submit", new { }));
        await Ok(officer.PostAsJsonAsync($"/api/funding-applications/{application}/review", new { }));
        await Problem(await officer.PostAsJsonAsync($"/api/funding-applications/{application}/approve", new { amountCents = 12_000_00 }),
            HttpStatusCode.UnprocessableEntity, "Validation");
        var approved = await Ok(officer.PostAsJsonAsync($"/api/funding-applications/{application}/approve", new { amountCents = 3_500_00, conditions = "Bericht" }));

        Assert.Equal("approved", approved.GetProperty("status").GetString());
        // The next step (starting the project) is the applicant's; the officer has none.
        Assert.Equal(0, approved.GetProperty("nextSteps").GetArrayLength());
        var budgets = await officer.GetFromJsonAsync<JsonElement>($"/api/sites/jena/budgets?year={year}");
        var line = budgets.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("fundingSourceId").GetGuid() == source);
        Assert.Equal((10_000_00L, 3_500_00L, 6_500_00L), (line.GetProperty("plannedCents").GetInt64(), line.GetProperty("committedCents").GetInt64(),
            line.GetProperty("availableCents").GetInt64()));
        Assert.Contains(approved.GetProperty("history").EnumerateArray(), e => e.GetProperty("text").ValueKind == JsonValueKind.String
            && e.GetProperty("text").GetString() == "Skizze" && e.GetProperty("to").GetString() == "ideaSubmitted");
    }

    [Theory, BothProviders]
    public async Task An_insurer_officer_finds_only_applications_addressed_to_their_insurer(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var leipzig = await host.ApiClientAsync("insurer@leipzig.demo");
        var other = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.InsurerOfficer, "leipzig", organisationId: await OrganisationAsync(host, "BARMER"));
        using var barmer = await host.ApiClientAsync(other.Email);
        var jena = await TestProject.CreateAsync(host);

        var listed = await barmer.GetFromJsonAsync<JsonElement>("/api/sites/leipzig/funding-applications");
        var foreign = await leipzig.GetAsync($"/api/funding-applications/{jena.Application.Id}");

        // BARMER shares Leipzig's joint funding (sample data), so it sees that application, and no other.
        Assert.All(listed.GetProperty("items").EnumerateArray(), a => Assert.StartsWith("Verzahnung", a.GetProperty("title").GetString()));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        await Problem(foreign, HttpStatusCode.NotFound, "Application.NotFound");
        await Problem(await barmer.GetAsync("/api/sites/leipzig/funding-applications?pageSize=500"), HttpStatusCode.BadRequest, "Validation");
    }

    private static async Task<Guid> OrganisationAsync(AppHost host, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    private static async Task Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await ProblemAssert.IsProblemAsync(response, status);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
