using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Referrals;

public sealed class PaperConsentApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_records_a_paper_consent_and_the_client_sees_it_and_bad_input_or_other_roles_get_a_problem(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var counsellor = await host.ApiClientAsync("jobcenter@jena.demo");
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var evaluator = await host.ApiClientAsync("evaluator@jena.demo");
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise");
        using var client = host.Client();
        var redeemed = await Vouchers.RedeemAsync(client, issued.Code, tellJobcenter: false);
        var url = $"/api/referrals/{issued.Id}/paper-consent";

        var empty = await coordinator.PostAsJsonAsync(url, new { });
        await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.UnprocessableEntity);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("signedOn", out _) && errors.TryGetProperty("paperAtHand", out _), errors.ToString());
        await ProblemAssert.IsProblemAsync(await coordinator.PostAsync(url,
            new StringContent("{\"signedOn\":\"2026-13-45\"}", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await evaluator.PostAsJsonAsync(url, new { signedOn = Today(host), paperAtHand = true }),
            HttpStatusCode.NotFound);

        var recorded = await coordinator.PostAsJsonAsync(url, new { signedOn = Today(host), paperAtHand = true });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("paper", (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("channel").GetString());
        Assert.Equal("redeemedYes", await Vouchers.RedeemedAsync(counsellor, issued.Id));

        // The client sees the paper record on their own voucher and what the jobcenter sees now.
        var mine = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{issued.Id}/client");
        mine.Headers.Add("X-Voucher-Token", redeemed.GetProperty("token").GetString());
        var view = await (await client.SendAsync(mine)).Content.ReadFromJsonAsync<JsonElement>();
        var consent = view.GetProperty("consents").EnumerateArray().Single();
        Assert.Equal("paper", consent.GetProperty("channel").GetString());
        Assert.Equal(Today(host), consent.GetProperty("signedOn").GetString());

        Assert.Equal(HttpStatusCode.OK, (await counsellor.PostAsJsonAsync(url + "/withdraw", new { signedOn = Today(host), paperAtHand = true }))
            .StatusCode);
        Assert.Equal("noInformation", await Vouchers.RedeemedAsync(counsellor, issued.Id));
    }

    private static string Today(AppHost host) => BerlinTime.LocalDate(host.Clock.GetUtcNow()).ToString("yyyy-MM-dd",
        System.Globalization.CultureInfo.InvariantCulture);
}
