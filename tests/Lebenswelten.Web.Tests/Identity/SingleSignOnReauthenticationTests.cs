using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>
/// An account that came by single sign-on has no password: it confirms sensitive actions through its provider, which
/// is asked for a new login, and only an answer that reports one counts.
/// </summary>
public sealed class SingleSignOnReauthenticationTests(AppHosts hosts)
{
    private const string Confirm = "/konto/bestaetigen?returnUrl=%2Fkonto%2Fdaten";

    [Theory, BothProviders]
    public async Task An_account_without_a_password_confirms_through_its_provider_with_a_new_login(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);
        using var client = host.Client();
        await SingleSignOnFlow.LogInAsync(client, TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;

        var page = await client.GetStringAsync(Confirm);
        Assert.DoesNotContain("type=\"password\"", page, StringComparison.Ordinal);
        Assert.Contains($"Mit {TestSingleSignOn.JenaDisplayName} bestätigen", page, StringComparison.Ordinal);
        var toProvider = await client.PostAsync("/konto/bestaetigen?handler=Provider",
            Forms.Of(page, "Provider", TestSingleSignOn.Jena, "ReturnUrl", "/konto/daten"));
        Assert.Equal(HttpStatusCode.Redirect, toProvider.StatusCode);
        var authorization = toProvider.Headers.Location!;
        Assert.Contains("prompt=login", authorization.Query, StringComparison.Ordinal);
        Assert.Contains("max_age=0", authorization.Query, StringComparison.Ordinal);

        var next = await SingleSignOnFlow.FollowBackAsync(client, await SingleSignOnFlow.AnswerAsync(client, authorization, person));

        Assert.Equal("/konto/daten", next);
        Assert.Contains("Login.Reauthenticated", await TestAccounts.AuditKindsAsync(host, user.Id));
    }

    [Theory, BothProviders]
    public async Task A_provider_answering_from_an_old_session_confirms_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var idp = await hosts.IdentityProvider();
        var person = SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true);
        using var client = host.Client();
        await SingleSignOnFlow.LogInAsync(client, TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        // From now on the provider says the login was an hour ago, as one would that ignores prompt=login and max_age=0.
        var stale = idp.Users.Put(person with { LoggedInAgo = TimeSpan.FromHours(1) });

        var page = await client.GetStringAsync(Confirm);
        var toProvider = await client.PostAsync("/konto/bestaetigen?handler=Provider",
            Forms.Of(page, "Provider", TestSingleSignOn.Jena, "ReturnUrl", "/konto/daten"));
        var next = await SingleSignOnFlow.FollowBackAsync(client,
            await SingleSignOnFlow.AnswerAsync(client, toProvider.Headers.Location!, stale));

        Assert.Equal("/konto/anmelden/dienstkonto/fehler?grund=Sso.NotFresh", next);
        Assert.DoesNotContain("Login.Reauthenticated", await TestAccounts.AuditKindsAsync(host, user.Id));
        Assert.Contains("Der Anmeldedienst hat keine neue Anmeldung gemeldet", await client.GetStringAsync(next), StringComparison.Ordinal);
    }
}
