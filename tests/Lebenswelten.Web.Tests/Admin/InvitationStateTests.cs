using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Admin;

/// <summary>Sent invitations, their state, resend and withdraw (issue 25), tried as the old link's holder would.</summary>
public sealed class InvitationStateTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_resent_invitation_refuses_the_old_link_and_a_withdrawn_one_refuses_every_link(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = $"neu-{Guid.NewGuid():N}@example.org";
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var invited = await (await coordinator.PostAsJsonAsync("/api/sites/jena/invitations", new { email, role = "Provider" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = invited.GetProperty("id").GetString();
        var first = new Uri(await MailedLinks.NewestAsync(host, email, "/einladung/")).PathAndQuery;
        Assert.Equal("open", await StateAsync(coordinator, "/api/sites/jena/invitations", email));

        var resent = await coordinator.PostAsync($"/api/invitations/{id}/resend", null);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var second = await WaitForNewLinkAsync(host, email, first);
        using var holder = host.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await holder.GetAsync(second)).StatusCode);

        var withdrawn = await coordinator.PostAsync($"/api/invitations/{id}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var refused = await holder.GetAsync(second);
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Contains("zurückgezogen", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        // Accepting with the form anyway gets nowhere: the page refuses before it reads a password.
        Assert.Equal(HttpStatusCode.Gone, (await holder.PostAsync(second, Forms.Of(await holder.GetStringAsync("/konto/anmelden")))).StatusCode);
        Assert.Equal("withdrawn", await StateAsync(coordinator, "/api/sites/jena/invitations", email));
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/invitations/{id}/resend", null)).StatusCode);
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        Assert.Equal("withdrawn", await StateAsync(admin, "/api/admin/invitations?pageSize=100", email));
    }

    [Theory, BothProviders]
    public async Task Another_sites_coordinator_finds_neither_the_list_nor_the_invitation(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = $"neu-{Guid.NewGuid():N}@example.org";
        using var jena = await host.ApiClientAsync("coordinator@jena.demo");
        var id = (await (await jena.PostAsJsonAsync("/api/sites/jena/invitations", new { email, role = "Evaluator" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var weimar = await host.ApiClientAsync("coordinator@weimar.demo");

        Assert.Equal(HttpStatusCode.Forbidden, (await weimar.GetAsync("/api/sites/jena/invitations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await weimar.PostAsync($"/api/invitations/{id}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await weimar.PostAsync($"/api/invitations/{id}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await jena.GetAsync("/api/sites/jena/invitations?pageSize=1000")).StatusCode);
        Assert.Equal("open", await StateAsync(jena, "/api/sites/jena/invitations?pageSize=100", email));
    }

    private static async Task<string?> StateAsync(HttpClient client, string url, string email)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(url);
        return page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("email").GetString() == email)
            .GetProperty("state").GetString();
    }

    private static async Task<string> WaitForNewLinkAsync(AppHost host, string email, string old)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var link = new Uri(await MailedLinks.NewestAsync(host, email, "/einladung/")).PathAndQuery;
            if (link != old)
            {
                return link;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("no second invitation mail");
    }
}
