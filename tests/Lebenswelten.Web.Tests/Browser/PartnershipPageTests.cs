using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>Partnerships in Chromium at 360 px, axe on every page: the checklist, the signing, the public page.</summary>
public sealed class PartnershipPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    private static readonly string[] Criteria =
    [
        "Bereits in der Gesundheitsförderung engagiert", "Arbeitet nach den Qualitätskriterien des GKV-Leitfadens Prävention",
        "Hat ein strategisches Handlungskonzept",
    ];

    [Fact(Timeout = PageTest.TimeoutMs * 2)]
    public async Task An_insurer_officer_reviews_the_checklist_and_signs_a_partnership_that_then_shows_at_the_site()
    {
        var title = $"Gesundheitspartnerschaft Gera {Guid.NewGuid():N}"[..38];
        await LogInAsync("coordinator@gera.demo");
        await VisitAsync("/verwaltung/gera/netzwerk/eignung");
        await Assertions.Expect(Page.GetByText("Quintil 4 oder 5: vorrangig", new() { Exact = false })).ToBeVisibleAsync();
        foreach (var criterion in Criteria)
        {
            await Page.GetByLabel($"Nachweis: {criterion}").FillAsync($"Beleg: {criterion} (Stadtratsbeschluss 2026)");
            await Page.GetByRole(AriaRole.Button, new() { Name = $"Nachweis speichern: {criterion}" }).ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Nachweis wurde gespeichert.");
        }
        await AssertAccessibleAsync();
        await VisitAsync("/verwaltung/gera/netzwerk/vereinbarungen");
        await Page.GetByLabel("Art", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gesundheitspartnerschaft" });
        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Zusammenfassung").FillAsync("Stadt Gera und AOK PLUS stärken die Präventionskette von Kita bis Schule.");
        await Page.GetByLabel("Gesund aufwachsen", new() { Exact = false }).CheckAsync();
        await Page.GetByLabel("Partner 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Stadt Gera – Amt für Gesundheit und Versorgung" });
        await Page.GetByLabel("Partner 2", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "AOK PLUS – Die Gesundheitskasse für Sachsen und Thüringen" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entwurf speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Entwurf wurde gespeichert.");
        await AssertAccessibleAsync();

        await LogInAsync("insurer@gera.demo");
        await VisitAsync("/verwaltung/gera/netzwerk/eignung");
        foreach (var criterion in Criteria)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = $"Bestätigen: {criterion}" }).ClickAsync();
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Prüfung wurde festgehalten.");
        }
        await Page.GetByLabel("geeignet", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Begründung").FillAsync("Alle drei Kriterien sind belegt.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Entscheidung speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Entscheidung wurde festgehalten.");
        await Assertions.Expect(Page.Locator("ol.history")).ToContainTextAsync("entschieden: geeignet");
        await AssertAccessibleAsync();

        await VisitAsync("/verwaltung/gera/netzwerk/vereinbarungen");
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Als unterzeichnet festhalten" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Unterzeichnung wurde festgehalten.");
        await AssertAccessibleAsync();

        await VisitAsync("/standorte/gera/netzwerk");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
    }
}

/// <summary>A new site from its AGS, in an app of its own: a sixth site would surprise the tests that count the demo's five.</summary>
public sealed class SiteFoundingPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override Task<AppHost> StartHostAsync(AppHosts hosts) =>
        AppHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" });

    protected override ValueTask ReleaseHostAsync(AppHost host) => host.DisposeAsync();

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_creates_a_site_from_its_AGS_and_sees_its_real_GISD()
    {
        await LogInAsync("admin@lebenswelten.demo");
        await VisitAsync("/admin/standorte/neu");
        await Page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FillAsync("1234");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schlüssel prüfen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Ags-error")).ToHaveTextAsync("Der Schlüssel hat 8 (oder 5) Ziffern.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Amtlicher Gemeindeschlüssel (AGS)").FillAsync("16051000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Schlüssel prüfen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Thüringen")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".facts")).ToContainTextAsync("Quintil");
        await Assertions.Expect(Page.GetByLabel("Name des Standorts")).ToHaveValueAsync("Erfurt");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Standort anlegen" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/standorte/erfurt");
        await AssertAccessibleAsync();
        await VisitAsync("/standorte/erfurt");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("GISD");
    }
}
