using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Network;

/// <summary>
/// Partnerships through the API: Leipzig's checklist is filled by the coordinator and reviewed by the insurer officer,
/// then the partnership is signed by the insurer and shows publicly; an insurer's officer sees its agreements everywhere.
/// </summary>
public sealed class PartnershipApiTests(AppHosts hosts)
{
    private static readonly string[] Criteria = ["engagedInHealthPromotion", "worksToGkvQualityCriteria", "hasStrategicActionConcept"];

    [Theory, BothProviders]
    public async Task The_insurer_reviews_the_checklist_and_signs_a_partnership_that_then_shows_at_the_site(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@leipzig.demo");
        using var insurer = await host.ApiClientAsync("insurer@leipzig.demo");
        using var jobcenter = await host.ApiClientAsync("jobcenter@leipzig.demo");
        await ProblemAssert.IsProblemAsync(await jobcenter.GetAsync("/api/sites/leipzig/eligibility"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await insurer.PutAsJsonAsync("/api/sites/leipzig/eligibility/evidence",
            new { criterion = Criteria[0], evidence = "x" }), HttpStatusCode.Forbidden);
        foreach (var criterion in Criteria)
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync("/api/sites/leipzig/eligibility/evidence",
                new { criterion, evidence = $"Nachweis für {criterion}" })).StatusCode);
        }
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync("/api/sites/leipzig/eligibility/confirm",
            new { criterion = Criteria[0], confirmed = true }), HttpStatusCode.Forbidden);
        foreach (var criterion in Criteria)
        {
            Assert.Equal(HttpStatusCode.OK, (await insurer.PostAsJsonAsync("/api/sites/leipzig/eligibility/confirm",
                new { criterion, confirmed = true })).StatusCode);
        }
        var decided = await insurer.PostAsJsonAsync("/api/sites/leipzig/eligibility/decide", new { decision = "eligible", note = "Alles belegt." });
        var checklist = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("eligible", checklist.GetProperty("decision").GetString());
        Assert.True(checklist.GetProperty("gisd").GetProperty("quintile").GetInt32() is >= 1 and <= 5);
        Assert.True(checklist.GetProperty("history").GetArrayLength() >= 7);

        var title = $"Gesundheitspartnerschaft Leipzig {Guid.NewGuid():N}"[..40];
        var city = await NetworkApiTests.OrganisationAsync(coordinator, "leipzig", "Stadt Leipzig");
        var aok = await NetworkApiTests.OrganisationAsync(coordinator, "leipzig", "AOK PLUS");
        var drafted = await coordinator.PostAsJsonAsync("/api/sites/leipzig/agreements", new
        {
            kind = "healthPartnership", title, summary = "Gemeinsam für gesunde Quartiere.", fieldsOfAction = "growingUpHealthy",
            lifePhases = "earlyChildhood, schoolAge", parties = new object[] { new { organisationId = city }, new { organisationId = aok } },
        });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var agreement = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var anonymous = host.Client();
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/api/sites/leipzig/partnerships"));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync($"/api/agreements/{agreement}/sign", new { signedOn = today }),
            HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await insurer.PostAsJsonAsync($"/api/agreements/{agreement}/sign", new { signedOn = today })).StatusCode);
        await ProblemAssert.IsProblemAsync(await insurer.PostAsJsonAsync($"/api/agreements/{agreement}/sign", new { signedOn = today }),
            HttpStatusCode.Conflict);

        Assert.Contains(title, await anonymous.GetStringAsync("/api/sites/leipzig/partnerships"));
        // AOK PLUS is one insurer at every site: its officer at Weimar sees Leipzig's agreements, Weimar's coordinator does not.
        using var weimarInsurer = await host.ApiClientAsync("insurer@weimar.demo");
        Assert.Contains(title, await weimarInsurer.GetStringAsync("/api/agreements?pageSize=100"));
        using var weimar = await host.ApiClientAsync("coordinator@weimar.demo");
        await ProblemAssert.IsProblemAsync(await weimar.GetAsync($"/api/agreements/{agreement}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await weimar.GetAsync("/api/agreements?pageSize=101"), HttpStatusCode.BadRequest);
    }

    [Theory, BothProviders]
    public async Task The_administrator_creates_a_site_from_its_AGS_with_its_real_GISD(DatabaseProvider provider)
    {
        // Its own app: a sixth site would surprise the tests that count the demo's five.
        await using var host = await AppHost.StartAsync(provider, new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" });
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");

        var proposal = await admin.GetFromJsonAsync<JsonElement>("/api/admin/site-proposals?ags=16051000");
        Assert.Equal("Erfurt", proposal.GetProperty("name").GetString());
        Assert.Equal("Thüringen", proposal.GetProperty("state").GetString());
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/admin/site-proposals?ags=1234"), HttpStatusCode.UnprocessableEntity);
        var created = await admin.PostAsJsonAsync("/api/admin/sites", new { ags = "16051000" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var site = await host.Client().GetFromJsonAsync<JsonElement>("/api/sites/erfurt");
        Assert.Equal(proposal.GetProperty("gisd").GetProperty("score").GetDouble(), site.GetProperty("gisd").GetProperty("score").GetDouble(), 3);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/admin/sites", new { ags = "16051000", slug = "erfurt-2" }),
            HttpStatusCode.UnprocessableEntity);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync("/api/admin/sites", new { ags = "16055000" }), HttpStatusCode.Forbidden);
    }
}
