using Lebenswelten.Web.Tests.Admin;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class AdminPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_finds_a_person_and_gives_a_role_at_another_site()
    {
        var (_, email, _) = await TestAccounts.CreateAsync(Host, Core.Identity.SiteRole.Provider, "jena");
        await LogInAsync("admin@lebenswelten.demo");
        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Benutzer verwalten" }).ClickAsync();
        await Page.GetByLabel("Name oder E-Mail-Adresse").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("1 Konten gefunden")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Testperson" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Testperson");

        await Page.Locator("#add-site").SelectOptionAsync(new SelectOptionValue { Label = "Gera" });
        await Page.Locator("#add-role-choice").SelectOptionAsync("Evaluator");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rolle hinzufügen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Die Rolle wurde hinzugefügt.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "Gera" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_deactivates_an_account()
    {
        var (id, _, _) = await TestAccounts.CreateAsync(Host, Core.Identity.SiteRole.Provider, "jena");
        await LogInAsync("admin@lebenswelten.demo");
        await Page.GotoAsync($"/admin/benutzer/{id}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto deaktivieren" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Konto ist deaktiviert.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Konto aktivieren" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_invites_a_provider_who_accepts_by_the_mailed_link_and_logs_in()
    {
        var email = $"anbieterin-{Guid.NewGuid():N}@example.org";
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/team");

        await Page.Locator("#Invite_Email").FillAsync(email);
        await Page.Locator("#invite-role").SelectOptionAsync("Provider");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung schicken" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Die Einladung an {email} ist unterwegs.");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();

        var link = new Uri(await MailedLinks.NewestAsync(Host, email, "/einladung/"));
        await VisitAsync(link.PathAndQuery);
        await Assertions.Expect(Page.GetByText("Sie sind eingeladen: Standort Jena, Rolle Anbieter.")).ToBeVisibleAsync();
        await Page.GetByLabel("Ihr Name").FillAsync("Neue Anbieterin");
        await Page.GetByLabel("Passwort").FillAsync(AppHost.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung annehmen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einladung ist angenommen.");
        await AssertAccessibleAsync();

        // A new provider is staff: before anything else the login asks them to set up the second factor.
        await VisitAsync("/konto/anmelden");
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await Page.GetByLabel("Passwort").FillAsync(AppHost.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto/zwei-faktor**");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Zweiter Faktor");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_resident_sign_up_form_explains_every_missing_field()
    {
        await VisitAsync("/konto/anmelden");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Noch kein Konto? Jetzt registrieren" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto/registrieren");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();

        await Assertions.Expect(Page.GetByText("Bitte stimmen Sie zu, um fortzufahren.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
