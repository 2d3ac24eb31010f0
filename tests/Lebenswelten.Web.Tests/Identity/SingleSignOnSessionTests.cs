using System.Net;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>Sessions from single sign-on: the staff second factor, logout (here and at the provider), deactivation, the admin's
/// view.</summary>
public sealed class SingleSignOnSessionTests(AppHosts hosts)
{
    private const string JenaTeam = "/standorte/jena/team";

    [Theory, BothProviders]
    public async Task Staff_whose_provider_vouches_for_no_second_factor_set_up_and_then_enter_the_local_code(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: false);
        using var first = host.Client();

        var next = await SingleSignOnFlow.LogInAsync(first, TestSingleSignOn.Jena, person, JenaTeam);

        Assert.Equal($"/konto/zwei-faktor?returnUrl={Uri.EscapeDataString(JenaTeam)}", next);
        var blocked = await first.GetAsync(JenaTeam);
        Assert.StartsWith("/konto/zwei-faktor?returnUrl=", blocked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        await UseDemoAuthenticatorAsync(host, user.Id);
        var recoveryCodes = await TwoFactorPage.SwitchOnAsync(host, person.Email!, first);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(JenaTeam)).StatusCode);

        // The next login through the provider asks for the code (a recovery code here, so no code is used twice).
        using var second = host.Client();
        var step = await SingleSignOnFlow.LogInAsync(second, TestSingleSignOn.Jena, person, JenaTeam);
        Assert.StartsWith("/konto/anmelden/code", step, StringComparison.Ordinal);
        Assert.Contains("/konto/anmelden", (await second.GetAsync(JenaTeam)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var entered = await second.PostAsync(step, Forms.Of(await second.GetStringAsync(step), "Input.Code", recoveryCodes[0]));
        Assert.Equal(JenaTeam, entered.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(JenaTeam)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Logout_ends_the_session_at_the_provider_and_logout_everywhere_ends_the_other_sso_sessions(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var idp = await hosts.IdentityProvider();
        var person = SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true);
        using var phone = host.Client();
        using var laptop = host.Client();
        await SingleSignOnFlow.LogInAsync(phone, TestSingleSignOn.Jena, person);
        await SingleSignOnFlow.LogInAsync(laptop, TestSingleSignOn.Jena, person);
        var endSessions = idp.Activity.EndSessionRequests;

        var logout = await phone.PostAsync("/konto/abmelden", Forms.Of(await phone.GetStringAsync("/konto/abmelden")));
        var atProvider = logout.Headers.Location!;
        Assert.StartsWith(idp.Issuer + "connect/endsession", atProvider.AbsoluteUri, StringComparison.Ordinal);
        var back = await phone.GetAsync(atProvider);
        var home = await phone.GetAsync(back.Headers.Location);
        Assert.Equal("/", home.Headers.Location!.OriginalString);
        Assert.True(idp.Activity.EndSessionRequests > endSessions);
        Assert.Contains("/konto/anmelden", (await phone.GetAsync("/konto")).Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(JenaTeam)).StatusCode);
        using var other = host.Client();
        await SingleSignOnFlow.LogInAsync(other, TestSingleSignOn.Jena, person);
        await other.PostAsync("/konto/ueberall-abmelden", Forms.Of(await other.GetStringAsync("/konto")));
        Assert.Contains("/konto/anmelden", (await laptop.GetAsync(JenaTeam)).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_deactivated_account_cannot_log_in_through_its_provider(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);
        await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.MaxValue);
        }

        var refused = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena, person);

        Assert.EndsWith("grund=Sso.Deactivated", refused, StringComparison.Ordinal);
        Assert.Contains("Login.SsoFailed", await TestAccounts.AuditKindsAsync(host, user.Id));
    }

    [Theory, BothProviders]
    public async Task The_administrator_sees_the_provider_and_which_role_it_keeps(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaProviders], mfa: true);
        await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        using var admin = await host.PageClientAsync("admin@lebenswelten.demo");

        var page = await admin.GetStringAsync($"/admin/benutzer/{user.Id}");
        var list = await admin.GetStringAsync($"/admin/benutzer?suche={Uri.EscapeDataString(person.Email!)}");

        Assert.Contains(TestSingleSignOn.JenaDisplayName, page, StringComparison.Ordinal);
        Assert.Contains("<dd>aktiv</dd>", page, StringComparison.Ordinal);
        Assert.Contains(TestSingleSignOn.JenaOrganisation, page, StringComparison.Ordinal);
        Assert.Contains("vom Anmeldedienst", page, StringComparison.Ordinal);
        Assert.Contains(person.Email!, list, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>eingeladen</td>", list, StringComparison.Ordinal);
        var providers = await admin.GetStringAsync("/admin/anmeldedienste");
        Assert.Contains(TestSingleSignOn.JenaDisplayName, providers, StringComparison.Ordinal);
        Assert.Contains($"{host.BaseAddress}signin-oidc/jena", providers, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSingleSignOn.ClientSecret, providers, StringComparison.Ordinal);
    }

    private static async Task UseDemoAuthenticatorAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.SetAuthenticationTokenAsync((await users.FindByIdAsync(userId))!, "[AspNetUserStore]", "AuthenticatorKey",
            AppHost.DemoTotpSecret);
    }
}
