using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Admin;

public sealed class SignUpTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_resident_signs_up_and_can_log_in_only_after_confirming_on_the_mailed_links_page(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = $"bewohnerin-{Guid.NewGuid():N}@example.org";
        using var client = host.Client();

        var sent = await SignUps.SubmitAsync(host, email, AppHost.DemoPassword);

        Assert.Contains("Wir haben eine E-Mail", sent);
        var login = new { email, password = AppHost.DemoPassword };
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/account/login", login), HttpStatusCode.Unauthorized);
        // Opening the link (as a mail scanner does too) shows a button and confirms nothing.
        var link = await SignUps.ConfirmationLinkAsync(host, email);
        var page = await client.GetStringAsync(link);
        Assert.Contains("E-Mail-Adresse bestätigen</button>", WebUtility.HtmlDecode(page));
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/account/login", login), HttpStatusCode.Unauthorized);
        var confirmed = await client.PostAsync(link, Forms.Of(page));
        Assert.Contains("Ihre E-Mail-Adresse ist bestätigt", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        using var resident = await host.ApiClientAsync(email);
        var me = await resident.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me");
        Assert.Equal("resident", me.GetProperty("roles")[0].GetProperty("role").GetString());
    }

    [Theory, BothProviders]
    public async Task Missing_consent_and_bad_fields_are_German_form_errors_and_a_wrong_link_a_German_page(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();
        var form = await client.GetStringAsync("/konto/registrieren");

        var response = await client.PostAsync("/konto/registrieren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = new string('x', 300), ["Input.Email"] = "<script>@", ["Input.Password"] = "",
            ["Input.SiteId"] = "not-a-guid", ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form),
        }));
        var wrongLink = await client.GetAsync("/konto/email-bestaetigen?userId=x&code=y");
        // Hostile values in the confirmation's own fields: the same German page, nothing confirmed.
        var hostile = await client.PostAsync("/konto/email-bestaetigen", Forms.Of(form,
            "UserId", "'; DROP TABLE \"AspNetUsers\"; --", "Code", new string('x', 5000)));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte stimmen Sie zu", html);
        Assert.DoesNotContain("<script>@", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongLink.StatusCode);
        Assert.Contains("Bestätigungslink ist ungültig", WebUtility.HtmlDecode(await wrongLink.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, hostile.StatusCode);
        Assert.Contains("Bestätigungslink ist ungültig", WebUtility.HtmlDecode(await hostile.Content.ReadAsStringAsync()));
    }

    [Theory, BothProviders]
    public async Task Identitys_open_register_endpoint_no_longer_creates_accounts(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var anonymous = host.Client();
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        var body = new { email = $"offen-{Guid.NewGuid():N}@example.org", password = AppHost.DemoPassword };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/account/register", body)).StatusCode);
        await ProblemAssert.IsProblemAsync(await resident.PostAsJsonAsync("/api/account/register", body), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await resident.PostAsJsonAsync("/api/account/forgotPassword", new { body.email }), HttpStatusCode.NotFound);
    }
}
