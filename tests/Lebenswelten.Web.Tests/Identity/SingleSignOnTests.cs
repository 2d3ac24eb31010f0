using System.Net;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>Single sign-on against a real OpenID Connect provider: accounts, roles per site and their sync.</summary>
public sealed class SingleSignOnTests(AppHosts hosts)
{
    private const string JenaTeam = "/standorte/jena/team";

    [Theory, BothProviders]
    public async Task The_first_login_creates_an_account_with_the_mapped_role_at_that_site_only(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SsoFlow.NewUser(await hosts.IdentityProvider(), [TestSso.JenaCoordinators, "andere-gruppe"], mfa: true);
        using var client = host.Client();

        var next = await SsoFlow.LogInAsync(client, TestSso.Jena, person, JenaTeam);

        Assert.Equal(JenaTeam, next);
        var user = (await SsoAccounts.FindAsync(host, person.Email!))!;
        Assert.True(user.EmailConfirmed);
        Assert.Null(user.PasswordHash);
        Assert.Equal("Sam SSO", user.DisplayName);
        var login = Assert.Single(await SsoAccounts.LoginsAsync(host, user));
        Assert.Equal(("sso-jena", person.Subject, TestSso.JenaDisplayName), (login.LoginProvider, login.ProviderKey, login.ProviderDisplayName));
        Assert.Equal([new HeldRole("jena", SiteRole.Coordinator, null, "sso-jena")], await SsoAccounts.RolesAsync(host, user.Id));
        Assert.Equal(["Account.CreatedBySso", "Account.RoleSso", "Login.SsoSucceeded"], await TestAccounts.AuditKindsAsync(host, user.Id));
        // The provider vouched for the second factor: the staff page opens at once; another site's stays closed.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(JenaTeam)).StatusCode);
        var weimar = await client.GetAsync("/standorte/weimar/team");
        Assert.Contains("/konto/zugriff-verweigert", weimar.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
