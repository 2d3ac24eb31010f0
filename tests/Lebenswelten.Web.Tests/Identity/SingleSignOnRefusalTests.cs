using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>Answers that must not log anyone in: tampered, replayed, unknown or from the wrong issuer — a German page, never a
/// 500.</summary>
public sealed class SingleSignOnRefusalTests(AppHosts hosts)
{
    private const string ErrorPage = "/konto/anmelden/dienstkonto/fehler?grund=";

    [Theory, BothProviders]
    public async Task A_tampered_or_unknown_state_is_refused_with_a_German_page(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);
        using var client = host.Client();
        var authorization = await SingleSignOnFlow.StartAsync(client, TestSingleSignOn.Jena);
        var tampered = new Uri(authorization.AbsoluteUri.Replace("state=", "state=x", StringComparison.Ordinal));

        var answer = await SingleSignOnFlow.AnswerAsync(client, tampered, person);
        var refused = await SingleSignOnFlow.FollowBackAsync(client, answer);
        var forged = await client.GetAsync("/signin-oidc/jena?code=erfunden&state=erfunden");
        var posted = await client.PostAsync("/signin-oidc/jena",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["state"] = "erfunden" }));
        var empty = await client.GetAsync("/signin-oidc/jena");
        var direct = await client.GetAsync("/konto/anmelden/dienstkonto/zurueck");

        Assert.Equal(ErrorPage + "Invalid", refused);
        foreach (var response in new[] { forged, posted, empty })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(ErrorPage + "Invalid", response.Headers.Location!.OriginalString);
        }
        Assert.Equal(ErrorPage + "Expired", direct.Headers.Location!.OriginalString);
        var page = await client.GetAsync(refused);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Anmeldung mit Dienstkonto nicht möglich", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await SingleSignOnTestAccounts.FindAsync(host, person.Email!));
    }

    [Theory, BothProviders]
    public async Task A_provider_answer_works_once_and_its_code_never_reaches_the_logs(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);
        using var client = host.Client();
        var answer = await SingleSignOnFlow.AnswerAsync(client, await SingleSignOnFlow.StartAsync(client, TestSingleSignOn.Jena), person);
        var callback = answer.Headers.Location!;

        Assert.Equal("/arbeitsplatz", await SingleSignOnFlow.FollowBackAsync(client, answer));
        var again = await client.GetAsync(callback);
        var elsewhere = await host.Client().GetAsync(callback);

        Assert.Equal(ErrorPage + "Invalid", again.Headers.Location!.OriginalString);
        Assert.Equal(ErrorPage + "Invalid", elsewhere.Headers.Location!.OriginalString);
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"]!;
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(code, StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, line => line.Contains("Single sign-on through jena refused", StringComparison.Ordinal));
    }

    [Theory, BothProviders]
    public async Task An_id_token_from_another_issuer_is_refused(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);

        var refused = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.WrongIssuer, person);

        Assert.Equal(ErrorPage + "Invalid", refused);
        Assert.Null(await SingleSignOnTestAccounts.FindAsync(host, person.Email!));
        Assert.Contains(host.Logs.Lines, line =>
            line.Contains("Single sign-on through fremd refused: SecurityTokenInvalidIssuerException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_providers_and_reasons_get_a_plain_answer()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();
        var login = await client.GetStringAsync("/konto/anmelden");

        var unknown = await client.PostAsync("/konto/anmelden/dienstkonto", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(login), ["Provider"] = "<script>",
        }));
        var noToken = await client.PostAsync("/konto/anmelden/dienstkonto",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Provider"] = "jena" }));
        var hostile = await client.GetStringAsync(ErrorPage + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Diesen Anmeldedienst gibt es nicht", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.DoesNotContain("<script>alert", hostile, StringComparison.Ordinal);
        Assert.Contains("Die Antwort des Anmeldedienstes war ungültig", hostile, StringComparison.Ordinal);
    }
}
