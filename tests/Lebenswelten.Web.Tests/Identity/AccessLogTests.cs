using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>A person sees who read their data (GDPR Art. 15): each staff read names every person it showed.</summary>
public sealed class AccessLogTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task A_resident_sees_the_coordinator_who_read_the_participant_list_on_the_page_and_through_the_api(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (offeringId, email) = await RegisteredResidentAsync(host);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/offerings/{offeringId}/participants")).StatusCode);

        using var resident = await host.ApiClientAsync(email);
        using var log = JsonDocument.Parse(await resident.GetStringAsync("/api/me/audit"));
        var read = log.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("dataKind").GetString() == "Offering.Participants");
        Assert.Equal(offeringId.ToString(), read.GetProperty("recordId").GetString());
        Assert.Equal("read", read.GetProperty("action").GetString());
        var actor = read.GetProperty("actor");
        Assert.StartsWith("Demo coordinator", actor.GetProperty("displayName").GetString(), StringComparison.Ordinal);
        var role = actor.GetProperty("roles").EnumerateArray().Single();
        Assert.Equal("coordinator", role.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(role.GetProperty("siteName").GetString()));

        using var page = await host.PageClientAsync(email);
        var html = await page.GetStringAsync("/konto/zugriffe");
        Assert.Contains("Teilnehmendenliste eines Angebots", html, StringComparison.Ordinal);
        Assert.Contains("Demo coordinator", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_log_comes_in_pages_newest_first_and_only_ever_about_me(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident);
        using (await host.PageClientAsync(email))
        {
        }
        using var client = await host.ApiClientAsync(email);

        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/me/audit?page=1&pageSize=1"));
        using var clamped = JsonDocument.Parse(await client.GetStringAsync("/api/me/audit?page=-3&pageSize=100000"));

        Assert.Equal((2, 2), (first.RootElement.GetProperty("total").GetInt32(), first.RootElement.GetProperty("pageCount").GetInt32()));
        Assert.Single(first.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(100, clamped.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, clamped.RootElement.GetProperty("items").GetArrayLength());
        Assert.All(await TestAccounts.AuditKindsAsync(host, userId), kind => Assert.Equal("Login.Succeeded", kind));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/me/audit?page=eins")).StatusCode);
        using var far = JsonDocument.Parse(await client.GetStringAsync($"/api/me/audit?page={int.MaxValue}&pageSize=100"));
        Assert.Equal(0, far.RootElement.GetProperty("items").GetArrayLength());
    }

    /// <summary>The test's own offering at Jena with a new resident account registered for it.</summary>
    public static async Task<(Guid OfferingId, string Email)> RegisteredResidentAsync(AppHost host)
    {
        var offering = await TestOfferings.CreateAsync(host);
        var resident = await TestAccounts.CreateAsync(host, SiteRole.Resident, name: "Test Resident");
        await TestOfferings.RegisterAsync(host, resident, offering.Id);
        return (offering.Id, resident.Email);
    }
}
