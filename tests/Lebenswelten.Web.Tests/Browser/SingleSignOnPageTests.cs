using System.Text.RegularExpressions;
using Lebenswelten.Web.Tests.Identity;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class SingleSignOnPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    // The way back passes the provider's token and userinfo endpoints and a database transaction: slow on a loaded machine.
    private const int ReturnTimeoutMs = 60_000;

    private readonly AppHosts _hosts = hosts;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_logs_in_with_the_work_account_and_reaches_the_team_page_directly()
    {
        var person = SingleSignOnFlow.NewUser(await _hosts.IdentityProvider(), [TestSingleSignOn.JenaCoordinators], mfa: true);

        await VisitAsync("/konto/anmelden?returnUrl=%2Fstandorte%2Fjena%2Fteam");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mit Dienstkonto anmelden" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = TestSingleSignOn.JenaDisplayName }).ClickAsync();
        // The provider's own page (not ours: no accessibility check here).
        await Page.GetByLabel("Benutzername").FillAsync(person.UserName);
        await Page.GetByLabel("Passwort").FillAsync(person.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();

        await Page.WaitForURLAsync(new Regex("/standorte/jena/team$"), new() { Timeout = ReturnTimeoutMs });
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // No password here: a sensitive action is confirmed at the provider.
        await VisitAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fdaten");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = $"Mit {TestSingleSignOn.JenaDisplayName} bestätigen" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Passwort")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_person_whose_work_account_has_no_role_here_gets_a_clear_German_page()
    {
        var person = SingleSignOnFlow.NewUser(await _hosts.IdentityProvider(), ["kantine"], mfa: true);

        await VisitAsync("/konto/anmelden/dienstkonto");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Stadt Weimar (Dienstkonto)" }).ClickAsync();
        await Page.GetByLabel("Benutzername").FillAsync(person.UserName);
        await Page.GetByLabel("Passwort").FillAsync(person.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();

        await Page.WaitForURLAsync(new Regex("/konto/anmelden/dienstkonto/fehler"), new() { Timeout = ReturnTimeoutMs });
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("keine Rolle");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_sees_the_configured_providers_and_an_account_that_logs_in_through_one()
    {
        var person = SingleSignOnFlow.NewUser(await _hosts.IdentityProvider(), [TestSingleSignOn.JenaProviders], mfa: true);
        await SingleSignOnFlow.LogInAsync(Host.Client(), TestSingleSignOn.Jena, person);
        var user = (await SingleSignOnTestAccounts.FindAsync(Host, person.Email!))!;

        await LogInAsync("admin@lebenswelten.demo");
        await VisitAsync("/admin/anmeldedienste");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = TestSingleSignOn.JenaDisplayName })).ToBeVisibleAsync();
        await VisitAsync($"/admin/benutzer/{user.Id}");
        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync(TestSingleSignOn.JenaDisplayName);
    }
}
