using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class IdeasPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs * 2)]
    public async Task A_resident_proposes_an_idea_a_coordinator_publishes_and_answers_it_and_it_shows_on_you_said_we_did()
    {
        var title = $"Bankroute {Guid.NewGuid():N}"[..22];
        var resident = await TestAccounts.CreateAsync(Host, Core.Identity.SiteRole.Resident, "jena", name: "Ida Ideenreich");
        await LogInAsync(resident.Email);
        await VisitAsync("/standorte/jena");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Zu den Ideen" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Idee vorschlagen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Idee einreichen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Title-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Ihre Idee in einem Satz").FillAsync(title);
        await Page.GetByLabel("Beschreibung").FillAsync("Alle 300 Meter eine Bank, damit Ältere mit Pausen zum Einkaufen laufen können.");
        await Page.GetByLabel("Für wen (freiwillig)").SelectOptionAsync(new SelectOptionValue { Label = "Ältere Menschen" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Idee einreichen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Idee ist eingegangen");
        await Assertions.Expect(Page.GetByText(title)).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await OpenMenuAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/ideen");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Idee ist veröffentlicht");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Antwort speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".error-summary")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Radio, new() { Name = "geplant" }).CheckAsync();
        await Page.GetByLabel("Erläuterung (bei „nicht möglich“ der Grund)").FillAsync("Die Stadt stellt im Frühjahr zehn Bänke auf.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Antwort speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Antwort ist gespeichert.");

        await VisitAsync("/standorte/jena/ihr-habt-gesagt");
        var card = Page.Locator(".idea-outcome").Filter(new() { HasText = title });
        await Assertions.Expect(card).ToContainTextAsync("Die Stadt stellt im Frühjahr zehn Bänke auf.");
        await Assertions.Expect(card).ToContainTextAsync("geplant");
        await Assertions.Expect(Page.GetByText("Ida Ideenreich")).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
    }
}
