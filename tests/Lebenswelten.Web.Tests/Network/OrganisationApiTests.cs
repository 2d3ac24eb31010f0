using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Network;

/// <summary>Organisation profiles, their contact persons and working groups through the API (issue 17).</summary>
public sealed class OrganisationApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_adds_an_organisation_completes_its_profile_and_lists_a_consenting_contact(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@gera.demo");
        var name = $"Laufverein Gera {Guid.NewGuid():N}"[..26];
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync("/api/sites/gera/organisations", new { name }),
            HttpStatusCode.UnprocessableEntity);
        var created = await coordinator.PostAsJsonAsync("/api/sites/gera/organisations", new { name, kind = "sportsClub" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var updated = await coordinator.PutAsJsonAsync($"/api/organisations/{id}", new
        {
            name, kind = "sportsClub", website = "https://laufverein-gera.example", fieldsOfWork = "growingUpHealthy, livingAndWorkingHealthy",
            targetGroups = "children",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var profile = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://laufverein-gera.example", profile.GetProperty("website").GetString());
        Assert.True(profile.GetProperty("canEdit").GetBoolean());

        // No contact without the person's consent; with it, the list shows them and the read is audited.
        var refused = await coordinator.PostAsJsonAsync($"/api/organisations/{id}/contacts", new { name = "Jana Läufer", consentSource = "written" });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.True(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("consentGiven", out _));
        var contact = await coordinator.PostAsJsonAsync($"/api/organisations/{id}/contacts", new
        {
            name = "Jana Läufer", function = "Vorsitzende", email = "jana@laufverein-gera.example", phone = "0365 123456",
            consentGiven = true, consentSource = "written",
        });
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var contactId = (await contact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await ContactReadsAsync(host, id);
        var contacts = await coordinator.GetFromJsonAsync<JsonElement>($"/api/organisations/{id}/contacts");
        Assert.Equal("+49365123456", contacts[0].GetProperty("phone").GetString());
        Assert.Equal(before + 1, await ContactReadsAsync(host, id));

        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/contacts/{contactId}")).StatusCode);
        Assert.Equal(0, (await coordinator.GetFromJsonAsync<JsonElement>($"/api/organisations/{id}/contacts")).GetArrayLength());
    }

    [Theory, BothProviders]
    public async Task Other_sites_find_nothing_and_staff_outside_the_organisations_networks_see_no_contacts(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@gera.demo");
        var created = await coordinator.PostAsJsonAsync("/api/sites/gera/organisations", new { name = "Familienzentrum Bieblach", kind = "other" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var weimar = await host.ApiClientAsync("coordinator@weimar.demo");
        await ProblemAssert.IsProblemAsync(await weimar.GetAsync($"/api/organisations/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await weimar.PutAsJsonAsync($"/api/organisations/{id}", new { name = "Übernommen", kind = "other" }),
            HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await weimar.GetAsync($"/api/organisations/{id}/contacts"), HttpStatusCode.NotFound);

        // The site's evaluator sees the profile, but neither edits it nor sees its contacts (no network of theirs holds it).
        using var evaluator = await host.ApiClientAsync("evaluator@gera.demo");
        var seen = await evaluator.GetFromJsonAsync<JsonElement>($"/api/organisations/{id}");
        Assert.False(seen.GetProperty("canEdit").GetBoolean());
        Assert.False(seen.GetProperty("canSeeContacts").GetBoolean());
        await ProblemAssert.IsProblemAsync(await evaluator.PutAsJsonAsync($"/api/organisations/{id}", new { name = "Übernommen", kind = "other" }),
            HttpStatusCode.Forbidden);
        Assert.True((int)(await evaluator.GetAsync($"/api/organisations/{id}/contacts")).StatusCode is 403 or 404);
        await ProblemAssert.IsProblemAsync(await evaluator.PostAsJsonAsync("/api/sites/gera/organisations", new { name = "X", kind = "other" }),
            HttpStatusCode.Forbidden);
    }

    [Theory, BothProviders]
    public async Task A_working_group_takes_its_members_from_the_network(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@chemnitz.demo");
        var network = await coordinator.PostAsJsonAsync("/api/sites/chemnitz/networks", new { name = $"Netz {Guid.NewGuid():N}"[..12] });
        var networkId = (await network.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var organisations = await coordinator.GetFromJsonAsync<JsonElement>("/api/sites/chemnitz/organisations");
        var first = organisations[0].GetProperty("id").GetGuid();
        var outsider = organisations[1].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/networks/{networkId}/members",
            new { organisationId = first, role = "member" })).StatusCode);

        var refused = await coordinator.PostAsJsonAsync($"/api/networks/{networkId}/working-groups",
            new { name = "AG Bewegung", organisationIds = new[] { first, outsider } });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        var created = await coordinator.PostAsJsonAsync($"/api/networks/{networkId}/working-groups",
            new { name = "AG Bewegung", mandate = "Bewegung im Stadtteil", organisationIds = new[] { first } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shown = await coordinator.GetFromJsonAsync<JsonElement>($"/api/networks/{networkId}");
        Assert.Equal("AG Bewegung", shown.GetProperty("workingGroups")[0].GetProperty("name").GetString());
        using var other = await host.ApiClientAsync("coordinator@jena.demo");
        await ProblemAssert.IsProblemAsync(await other.PostAsJsonAsync($"/api/networks/{networkId}/working-groups",
            new { name = "AG Fremd" }), HttpStatusCode.NotFound);
    }

    private static async Task<int> ContactReadsAsync(AppHost host, Guid organisation)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.AuditEntries.CountAsync(e => e.DataKind == "Network.Contacts" && e.RecordId == organisation.ToString() && e.Action == Core.Privacy.AuditAction.Read);
    }
}
