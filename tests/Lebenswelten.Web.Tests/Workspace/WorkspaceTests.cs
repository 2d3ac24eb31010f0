using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Workspace;

/// <summary>The staff start page and its API give each role at each site its items, each with the page that handles it.</summary>
public sealed class WorkspaceTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Staff_land_on_the_start_page_and_residents_on_their_own(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var resident = await TestAccounts.CreateAsync(host);
        var staff = await TestAccounts.CreateAsync(host, SiteRole.JobcenterCounsellor);
        using var residentPages = await host.PageClientAsync(resident.Email);
        using var staffPages = await host.PageClientAsync(staff.Email);

        var residentStart = await residentPages.GetAsync("/arbeitsplatz");
        Assert.Equal(HttpStatusCode.Redirect, residentStart.StatusCode);
        Assert.Equal("/konto", residentStart.Headers.Location!.OriginalString);
        var page = WebUtility.HtmlDecode(await staffPages.GetStringAsync("/arbeitsplatz"));
        Assert.Contains("<h2 id=\"standort-leipzig\">Leipzig</h2>", page);
        Assert.DoesNotContain("Ihre Standorte", page); // one site: no table of contents, no "choose a site"
        Assert.Contains("Gutscheine", page);
        using var residentApi = await host.ApiClientAsync(resident.Email);
        Assert.Equal(HttpStatusCode.Forbidden, (await residentApi.GetAsync("/api/me/workspace")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_coordinator_sees_open_invitations_and_drafts_of_the_site_as_links(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var coordinator = await TestAccounts.CreateAsync(host, SiteRole.Coordinator, "chemnitz");
        using var api = await host.ApiClientAsync(coordinator.Email);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/sites/chemnitz/invitations",
            new { email = $"neu-{Guid.NewGuid():N}@example.org", role = "Provider" })).StatusCode);

        var start = await WorkspaceAsync(host, api);

        var site = Assert.Single(start.GetProperty("sites").EnumerateArray());
        Assert.Equal("chemnitz", site.GetProperty("site").GetString());
        var role = Assert.Single(site.GetProperty("roles").EnumerateArray());
        Assert.Equal("coordinator", role.GetProperty("role").GetString());
        var invitations = role.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "openInvitations");
        Assert.Equal("/standorte/chemnitz/einladungen", invitations.GetProperty("href").GetString());
        Assert.Matches(@"^\d+ Einladungen warten auf Antwort$", invitations.GetProperty("text").GetString());
        Assert.False(start.GetProperty("administrator").GetBoolean());
    }

    [Theory, BothProviders]
    public async Task A_provider_sees_an_offering_with_a_waiting_list_as_a_link_to_its_participants_without_names(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var owner = await Offerings.DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host, draft => draft with { Capacity = 1 });
        await Offerings.TestOfferings.RegisterAsync(host, await TestAccounts.CreateAsync(host, name: "Erste Person"), offering.Id);
        await Offerings.TestOfferings.RegisterAsync(host, await TestAccounts.CreateAsync(host, name: "Zweite Person"), offering.Id);
        using var api = await host.ApiClientAsync("provider@jena.demo");

        var start = await WorkspaceAsync(host, api);

        var items = start.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("site").GetString() == "jena")
            .GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "provider")
            .GetProperty("items").EnumerateArray().ToList();
        var news = items.Single(i => i.GetProperty("kind").GetString() == "offeringNews" && i.GetProperty("id").GetString() == offering.Id.ToString());
        Assert.Equal($"{offering.Title} · 1 auf der Warteliste", news.GetProperty("text").GetString());
        Assert.Equal($"/verwaltung/jena/angebote/{offering.Id}/teilnehmende", news.GetProperty("href").GetString());
        Assert.DoesNotContain(items, i => i.GetProperty("text").GetString()!.Contains("Person", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> WorkspaceAsync(AppHost host, HttpClient api)
    {
        var response = await api.GetAsync("/api/me/workspace");
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{response.StatusCode}: {host.Logs.Lines.LastOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal))}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
