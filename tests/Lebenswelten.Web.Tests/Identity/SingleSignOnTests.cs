using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>Single sign-on against a real OpenID Connect provider: accounts, roles per site and their sync.</summary>
public sealed class SingleSignOnTests(AppHosts hosts)
{
    private const string JenaTeam = "/standorte/jena/team";

    [Theory, BothProviders]
    public async Task The_first_login_creates_an_account_with_the_mapped_role_at_that_site_only(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(),
            [TestSingleSignOn.JenaCoordinators, TestSingleSignOn.WeimarCoordinators], mfa: true);
        using var client = host.Client();

        var next = await SingleSignOnFlow.LogInAsync(client, TestSingleSignOn.Jena, person, JenaTeam);

        Assert.Equal(JenaTeam, next);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        Assert.True(user.EmailConfirmed);
        Assert.Null(user.PasswordHash);
        Assert.Equal("Sam SSO", user.DisplayName);
        var login = Assert.Single(await SingleSignOnTestAccounts.LoginsAsync(host, user));
        Assert.Equal(("sso-jena", person.Subject, TestSingleSignOn.JenaDisplayName),
            (login.LoginProvider, login.ProviderKey, login.ProviderDisplayName));
        Assert.Equal([new HeldRole("jena", SiteRole.Coordinator, null, "sso-jena")],
            await SingleSignOnTestAccounts.RolesAsync(host, user.Id));
        Assert.Equal(["Account.CreatedBySso", "Account.RoleSso", "Login.SsoSucceeded"], await TestAccounts.AuditKindsAsync(host, user.Id));
        // The provider vouched for the second factor: the staff page opens at once; another site's stays closed.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(JenaTeam)).StatusCode);
        var weimar = await client.GetAsync("/standorte/weimar/team");
        Assert.Contains("/konto/zugriff-verweigert", weimar.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Each_login_syncs_the_providers_roles_at_its_site_and_leaves_every_other_role_alone(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var idp = await hosts.IdentityProvider();
        var person = SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators, TestSingleSignOn.JenaProviders], mfa: true);
        using var first = host.Client();
        await SingleSignOnFlow.LogInAsync(first, TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(host, person.Email!))!;
        // Given by people: an evaluator role at Jena and a role at Leipzig; the provider must not take them away.
        await SingleSignOnTestAccounts.GiveAsync(host, user.Id, "jena", SiteRole.Evaluator);
        await SingleSignOnTestAccounts.GiveAsync(host, user.Id, "leipzig", SiteRole.Resident);

        idp.Users.Put(person with { Groups = [TestSingleSignOn.JenaProviders] });
        using var second = host.Client();
        await SingleSignOnFlow.LogInAsync(second, TestSingleSignOn.Jena, person);

        var roles = (await SingleSignOnTestAccounts.RolesAsync(host, user.Id)).OrderBy(r => r.Site).ThenBy(r => r.Role).ToList();
        Assert.Equal(
        [
            new HeldRole("jena", SiteRole.Provider, TestSingleSignOn.JenaOrganisation, "sso-jena"),
            new HeldRole("jena", SiteRole.Evaluator, null, null),
            new HeldRole("leipzig", SiteRole.Resident, null, null),
        ], roles);
        var audited = await TestAccounts.AuditKindsAsync(host, user.Id);
        Assert.Equal(3, audited.Count(k => k == "Account.RoleSso"));
        // Like a role change by an administrator, the change ends the account's other sessions.
        var old = await first.GetAsync("/konto");
        Assert.Contains("/konto/anmelden", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/konto")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_resident_account_is_linked_by_its_verified_address_but_a_staff_account_is_not(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var idp = await hosts.IdentityProvider();
        var (residentId, residentEmail, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident);
        // A login: the account is in use, and its owner keeps the password.
        (await host.ApiClientAsync(residentEmail)).Dispose();
        var (staffId, staffEmail, _) = await TestAccounts.CreateAsync(host, SiteRole.Coordinator);
        using var client = host.Client();

        var linked = await SingleSignOnFlow.LogInAsync(client, TestSingleSignOn.Jena,
            SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true, email: residentEmail));
        var refused = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena,
            SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true, email: staffEmail));
        var unverified = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena,
            SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true, emailVerified: false));

        Assert.Equal("/arbeitsplatz", linked); // staff land on their start page (issue 25)
        Assert.Contains(await SingleSignOnTestAccounts.RolesAsync(host, residentId), r =>
            r is { Site: "jena", Role: SiteRole.Coordinator });
        Assert.Contains("Account.SsoLinked", await TestAccounts.AuditKindsAsync(host, residentId));
        Assert.NotNull((await TestAccounts.FindAsync(host, residentId))!.PasswordHash);
        Assert.EndsWith("grund=Sso.LinkYourself", refused, StringComparison.Ordinal);
        Assert.Equal([new HeldRole(TestAccounts.DefaultSite, SiteRole.Coordinator, null, null)],
            await SingleSignOnTestAccounts.RolesAsync(host, staffId));
        Assert.Empty(await SingleSignOnTestAccounts.LoginsAsync(host, (await TestAccounts.FindAsync(host, staffId))!));
        Assert.EndsWith("grund=Sso.EmailUnverified", unverified, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task An_account_nobody_ever_logged_in_to_loses_its_password_when_linked(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (id, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident);
        var stamp = (await TestAccounts.FindAsync(host, id))!.SecurityStamp;
        using var client = host.Client();

        var next = await SingleSignOnFlow.LogInAsync(client, TestSingleSignOn.Jena,
            SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaProviders], mfa: true, email: email));

        Assert.Equal("/arbeitsplatz", next); // staff land on their start page (issue 25)
        var account = (await TestAccounts.FindAsync(host, id))!;
        Assert.Null(account.PasswordHash);
        Assert.NotEqual(stamp, account.SecurityStamp);
        Assert.Equal(["Account.PasswordRemovedBySso", "Account.SsoLinked"],
            (await TestAccounts.AuditKindsAsync(host, id))
                .Where(k => k.StartsWith("Account.P", StringComparison.Ordinal) || k == "Account.SsoLinked"));
        // The provider's person logs in through it; the old password is no way in.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        using var password = host.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await password.PostAsJsonAsync("/api/account/login",
            new { email, password = AppHost.DemoPassword })).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_staff_member_links_the_work_account_from_the_account_page_and_then_logs_in_through_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Coordinator, secondFactor: SecondFactor.KeyOnly);
        using var page = await host.PageClientAsync(email);
        await TwoFactorPage.SwitchOnAsync(host, email, page);
        var person = SingleSignOnFlow.NewUser(await hosts.IdentityProvider(), [TestSingleSignOn.JenaProviders], mfa: true,
            email: $"anders-{email}");

        var links = await page.GetStringAsync("/konto/dienstkonten");
        var start = await page.PostAsync("/konto/dienstkonten", Forms.Of(links, "Provider", TestSingleSignOn.Jena));
        var linked = await SingleSignOnFlow.FollowBackAsync(page,
            await SingleSignOnFlow.AnswerAsync(page, start.Headers.Location!, person));
        var shown = await page.GetStringAsync(linked);
        using var later = host.Client();
        var next = await SingleSignOnFlow.LogInAsync(later, TestSingleSignOn.Jena, person);

        Assert.Equal("/konto/dienstkonten?verknuepft=true", linked);
        Assert.Contains(TestSingleSignOn.JenaDisplayName, shown, StringComparison.Ordinal);
        Assert.Equal("/arbeitsplatz", next); // staff land on their start page (issue 25)
        Assert.Contains(await SingleSignOnTestAccounts.RolesAsync(host, userId), r =>
            r is { Site: "jena", Role: SiteRole.Provider, SyncedFrom: "sso-jena" });
        Assert.Contains("Account.SsoLinked", await TestAccounts.AuditKindsAsync(host, userId));
        // A link is no way in for strangers: without the account's own login the return refuses.
        var stranger = host.Client();
        var hijack = await stranger.PostAsync("/konto/dienstkonten", Forms.Of(links, "Provider", TestSingleSignOn.Jena));
        Assert.Contains("/konto/anmelden", hijack.Headers.Location?.OriginalString ?? hijack.StatusCode.ToString(),
            StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Claims_without_a_role_at_the_providers_site_create_no_account(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var idp = await hosts.IdentityProvider();
        var nobody = SingleSignOnFlow.NewUser(idp, ["kantine"], mfa: true);
        // Jena's group means nothing to Weimar's provider: the mapping is per site.
        var jenaOnly = SingleSignOnFlow.NewUser(idp, [TestSingleSignOn.JenaCoordinators], mfa: true);

        var refused = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Jena, nobody);
        var atWeimar = await SingleSignOnFlow.LogInAsync(host.Client(), TestSingleSignOn.Weimar, jenaOnly);

        Assert.EndsWith("grund=Sso.NoRole", refused, StringComparison.Ordinal);
        Assert.EndsWith("grund=Sso.NoRole", atWeimar, StringComparison.Ordinal);
        Assert.Null(await SingleSignOnTestAccounts.FindAsync(host, nobody.Email!));
        Assert.Null(await SingleSignOnTestAccounts.FindAsync(host, jenaOnly.Email!));
        var page = await host.Client().GetStringAsync(refused);
        Assert.Contains("hat an diesem Standort keine Rolle", page, StringComparison.Ordinal);
    }
}
