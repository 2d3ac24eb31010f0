using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class ShellPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_start_page_explains_the_platform_in_German_and_lists_the_sites()
    {
        await VisitAsync("/");

        Assert.Equal("de", await Page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gesund leben, wo Sie wohnen");
        foreach (var site in new[] { "Jena", "Weimar", "Chemnitz", "Gera", "Leipzig" })
        {
            await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = site, Exact = true }).First).ToBeVisibleAsync();
        }
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_moves_focus_to_the_content()
    {
        await VisitAsync("/standorte");

        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Zum Inhalt springen" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        Assert.Equal("inhalt", await Page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_demo_coordinator_logs_in_sees_the_roles_and_the_sites_team()
    {
        await LogInAsync("coordinator@jena.demo");
        await AssertAccessibleAsync();

        await Assertions.Expect(Page.GetByText("Koordinator/in")).ToBeVisibleAsync();
        // Staff land on their start page (issue 25): the coordinator's part links to the site's team.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Team und Einladungen" }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/jena/team");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "resident@jena.demo" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" })).ToBeVisibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_site_switcher_opens_the_chosen_site_and_remembers_it()
    {
        await VisitAsync("/");

        await Page.GetByLabel("Standort", new() { Exact = true }).SelectOptionAsync("weimar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wechseln" }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/weimar");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Weimar");
        await Assertions.Expect(Page.GetByText("Beispieldaten").First).ToBeVisibleAsync();

        await VisitAsync("/");
        await Assertions.Expect(Page.GetByLabel("Standort", new() { Exact = true })).ToHaveValueAsync("weimar");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_language_switch_turns_the_pages_English_and_stays_so()
    {
        await VisitAsync("/standorte/gera");

        await ChooseLanguageAsync("English");
        await AssertAccessibleAsync();
        Assert.Equal("en", await Page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Districts" })).ToBeVisibleAsync();

        await VisitAsync("/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Healthy living where you live");
        await ChooseLanguageAsync("Deutsch");
        Assert.Equal("de", await Page.GetAttributeAsync("html", "lang"));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_sees_every_site_in_the_overview()
    {
        await LogInAsync("admin@lebenswelten.demo");

        await OpenMenuAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Verwaltung" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task Error_and_refusal_pages_are_accessible_too()
    {
        var missing = await Page.GotoAsync("/gibt-es-nicht");
        Assert.Equal(404, missing!.Status);
        await AssertAccessibleAsync();

        await LogInAsync("resident@leipzig.demo");
        await Page.GotoAsync("/standorte/leipzig/team");
        await Page.WaitForURLAsync("**/konto/zugriff-verweigert**");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kein Zugriff");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_API_reference_renders_the_OpenAPI_document()
    {
        await Page.GotoAsync("/openapi");
        await Assertions.Expect(Page.GetByText("/api/sites/{site}/members").First).ToBeVisibleAsync();

        await AssertAccessibleAsync();
    }
}
