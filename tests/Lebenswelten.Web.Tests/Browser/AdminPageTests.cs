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

    [Theory(Timeout = PageTest.TimeoutMs)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_administrator_deactivates_an_account_after_naming_a_reason(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        var (id, email, _) = await TestAccounts.CreateAsync(Host, Core.Identity.SiteRole.Provider, "jena", name: "Dora Deaktiviert");
        await LogInAsync("admin@lebenswelten.demo");
        await VisitAsync($"/admin/benutzer/{id}");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Konto deaktivieren …" }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"Das Konto von Dora Deaktiviert ({email}) deaktivieren?")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto deaktivieren" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte ausfüllen.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Begründung").FillAsync("Vertrag beendet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto deaktivieren" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Das Konto von Dora Deaktiviert ({email}) ist deaktiviert.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Konto aktivieren" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Theory(Timeout = PageTest.TimeoutMs)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_coordinator_removes_a_person_from_the_site_after_seeing_their_roles(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        var (id, email, _) = await TestAccounts.CreateAsync(Host, Core.Identity.SiteRole.Evaluator, "jena", name: "Rita Rolle");
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync($"/standorte/jena/team/{id}");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Alle Rollen an diesem Standort entfernen …" }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"Alle Rollen von Rita Rolle ({email}) am Standort Jena entfernen?")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".confirm-affected li")).ToHaveTextAsync(["Evaluation"]);
        await AssertAccessibleAsync();
        await Page.GetByLabel("Begründung").FillAsync("Projekt beendet");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Alle Rollen an diesem Standort entfernen" }).ClickAsync();

        await Page.WaitForURLAsync("**/standorte/jena/team");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Rita Rolle ({email}) hat keine Rolle mehr am Standort Jena");
        await AssertAccessibleAsync();
    }

    [Theory(Timeout = PageTest.TimeoutMs)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_coordinator_resends_and_withdraws_an_invitation_and_the_old_links_stop_working(int width)
    {
        await Page.SetViewportSizeAsync(width, 800);
        var email = $"einladung-{Guid.NewGuid():N}@example.org";
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/team");
        await Page.Locator("#Invite_Email").FillAsync(email);
        await Page.Locator("#invite-role").SelectOptionAsync("Provider");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung schicken" }).ClickAsync();
        var first = new Uri(await MailedLinks.NewestAsync(Host, email, "/einladung/")).PathAndQuery;

        await Page.GetByRole(AriaRole.Link, new() { Name = "Verschickte Einladungen ansehen" }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/jena/einladungen");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Erneut senden an {email}" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Die Einladung an {email} ist neu verschickt");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Einladung an {email} zurückziehen …" }).ClickAsync();
        await Assertions.Expect(Page.GetByText($"Die Einladung an {email} (Standort Jena) zurückziehen?")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung zurückziehen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Die Einladung an {email} ist zurückgezogen");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row, new() { Name = email })).ToContainTextAsync("Zurückgezogen");
        await AssertAccessibleAsync();

        // As whoever holds the mails would try: the first link and the resent one.
        var second = new Uri(await MailedLinks.NewestAsync(Host, email, "/einladung/")).PathAndQuery;
        Assert.NotEqual(first, second);
        Assert.Equal(404, (await Page.GotoAsync(first))!.Status);
        Assert.Equal(410, (await Page.GotoAsync(second))!.Status);
        await Assertions.Expect(Page.GetByText("Diese Einladung wurde zurückgezogen.")).ToBeVisibleAsync();
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
