using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Referrals;

public sealed class ReferralApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_counsellor_sees_redeemed_yes_only_while_the_client_consents_and_never_more_than_three_facts(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise", "nutrition");

        Assert.Equal(["id", "issuedAt", "redeemed", "validUntil"], await Vouchers.PropertiesAsync(counsellor, issued.Id));
        Assert.Equal("noInformation", await Vouchers.RedeemedAsync(counsellor, issued.Id));

        using var client = host.Client();
        var redeemed = await Vouchers.RedeemAsync(client, issued.Code, tellJobcenter: true);
        Assert.Equal("redeemedYes", await Vouchers.RedeemedAsync(counsellor, issued.Id));
        Assert.Equal("redeemedYes", redeemed.GetProperty("voucher").GetProperty("jobcenterSees").GetProperty("redeemed").GetString());

        var withdraw = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{issued.Id}/consent/withdraw");
        withdraw.Headers.Add("X-Voucher-Token", redeemed.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(withdraw)).StatusCode);
        Assert.Equal("noInformation", await Vouchers.RedeemedAsync(counsellor, issued.Id));
        Assert.Equal(["id", "issuedAt", "redeemed", "validUntil"], await Vouchers.PropertiesAsync(counsellor, issued.Id));

        var again = await client.PostAsJsonAsync("/api/referrals/redeem", new { code = issued.Code });
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Theory, BothProviders]
    public async Task Without_consent_the_counsellor_sees_no_information_and_the_client_sees_exactly_that(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise");
        using var client = host.Client();
        var redeemed = await Vouchers.RedeemAsync(client, issued.Code, tellJobcenter: false);

        Assert.Equal("noInformation", await Vouchers.RedeemedAsync(counsellor, issued.Id));
        var mine = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{issued.Id}/client");
        mine.Headers.Add("X-Voucher-Token", redeemed.GetProperty("token").GetString());
        using var view = JsonDocument.Parse(await (await client.SendAsync(mine)).Content.ReadAsStringAsync());
        Assert.Equal("noInformation", view.RootElement.GetProperty("jobcenterSees").GetProperty("redeemed").GetString());
        Assert.Equal("Bewegung hilft", view.RootElement.GetProperty("clientNote").GetString());
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/referrals/{issued.Id}/client"), HttpStatusCode.NotFound);
        // Each personal link has its own header: the voucher's secret under the registrations' header opens nothing.
        var wrongHeader = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{issued.Id}/client");
        wrongHeader.Headers.Add(Web.Features.Shared.PersonalLinkCaller.TokenHeader, redeemed.GetProperty("token").GetString());
        await ProblemAssert.IsProblemAsync(await client.SendAsync(wrongHeader), HttpStatusCode.NotFound);
    }

    [Theory, BothProviders]
    public async Task Bad_input_gets_a_problem_and_other_roles_and_sites_get_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var elsewhere = await host.ApiClientAsync("jobcenter@weimar.demo");
        using var anonymous = host.Client();

        await ProblemAssert.IsProblemAsync(await counsellor.PostAsJsonAsync("/api/sites/jena/referrals",
            new { categories = new[] { "diagnosis" }, validMonths = 99 }), HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await counsellor.PostAsync("/api/sites/jena/referrals",
            new StringContent("{\"categories\":", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await counsellor.GetAsync("/api/sites/jena/referrals?pageSize=1000"), HttpStatusCode.BadRequest);
        // A site the caller holds no role at is refused by the policy before anyone looks it up.
        await ProblemAssert.IsProblemAsync(await counsellor.GetAsync("/api/sites/atlantis/referrals"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsJsonAsync("/api/sites/jena/referrals",
            new { categories = new[] { "exercise" } }), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync("/api/referrals/redeem", new { code = "0OIl1" }),
            HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await anonymous.PostAsJsonAsync("/api/referrals/redeem",
            new { code = "ABCDE-FGHJK-MNPQR" }), HttpStatusCode.NotFound);

        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise");
        await ProblemAssert.IsProblemAsync(await elsewhere.GetAsync($"/api/referrals/{issued.Id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await coordinator.GetAsync($"/api/referrals/{issued.Id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await elsewhere.GetAsync("/api/sites/jena/referrals"), HttpStatusCode.Forbidden);
    }

    [Theory, BothProviders]
    public async Task Coordinators_read_monthly_figures_in_the_needs_api_held_back_shape(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");

        var months = await coordinator.GetFromJsonAsync<JsonElement[]>("/api/sites/jena/referral-figures?year=2025");
        Assert.Equal(12, months!.Length);
        var january = months[0].GetProperty("redeemed");
        Assert.True(january.GetProperty("heldBack").GetBoolean());
        Assert.Equal(JsonValueKind.Null, january.GetProperty("value").ValueKind);
        Assert.Equal("< 5", january.GetProperty("shown").GetString());
        await ProblemAssert.IsProblemAsync(await counsellor.GetAsync("/api/sites/jena/referral-figures"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await coordinator.GetAsync("/api/sites/jena/referral-figures?year=1"),
            HttpStatusCode.UnprocessableEntity);
    }

    [Theory, BothProviders]
    public async Task Hostile_bodies_from_a_counsellor_get_a_problem_never_a_server_error(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        string[] bodies =
        [
            "{\"categories\": ", "[1,2]", "\"x\"", "{\"categories\": 5, \"validMonths\": \"many\"}",
            "{\"categories\": [\"exercise\"], \"clientNote\": \"" + new string('x', 5000) + "\"}",
            "{\"categories\": [\"exercise\"], \"validMonths\": 99999999999}", "{\"categories\": [\"7\"]}",
            "{\"categories\": [\"exercise\"], \"language\": \"<script>\"}",
        ];
        foreach (var body in bodies)
        {
            var response = await counsellor.PostAsync("/api/sites/jena/referrals", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{body[..Math.Min(40, body.Length)]}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
