using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>Every staff role lands on its start page after login, readable at a phone's and a desktop's width (issue 25).</summary>
public sealed class WorkspacePageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Theory(Timeout = PageTest.TimeoutMs)]
    [InlineData("provider@jena.demo", "Anbieter", "Meine Angebote")]
    [InlineData("practice@jena.demo", "Praxis", "Tagesliste")]
    [InlineData("coordinator@jena.demo", "Koordinator/in", "Team und Einladungen")]
    [InlineData("insurer@jena.demo", "Kassenreferent/in", "Förderung")]
    [InlineData("jobcenter@jena.demo", "Jobcenter-Berater/in", "Gutscheine")]
    [InlineData("evaluator@jena.demo", "Evaluation", "Zahlen zu den Gutscheinen")]
    public async Task A_staff_member_lands_on_the_start_page_of_their_role(string email, string role, string entryPoint)
    {
        await LogInAsync(email);

        Assert.EndsWith("/arbeitsplatz", Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ihr Arbeitsplatz");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Jena" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = role, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = entryPoint, Exact = true }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_administrator_lands_on_a_start_page_with_the_administration()
    {
        await LogInAsync("admin@lebenswelten.demo");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Administration" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Einladungen", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_evaluator_finds_the_evaluation_the_yearly_report_and_the_voucher_figures()
    {
        await LogInAsync("evaluator@jena.demo");

        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Auswertung des Standorts" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Jahresbericht" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Meine Angebote" })).ToHaveCountAsync(0);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_staff_menu_folds_on_a_phone_and_shows_open_on_a_desktop()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena");

        var header = await Page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 160, $"the header takes {header.Height} px of 740 at 360 px");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Abmelden" })).ToBeVisibleAsync();
        await Page.Locator("details.nav-menu > summary").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.SetViewportSizeAsync(1280, 800);
        await VisitAsync("/standorte/jena");
        await Assertions.Expect(Page.Locator("details.nav-menu > summary")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/jena/team");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_refusal_page_names_the_site_and_the_role_the_page_needs()
    {
        await LogInAsync("provider@jena.demo");

        var refused = await Page.GotoAsync("/standorte/jena/team");

        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync("Jena");
        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync("Koordinator/in");
        await Assertions.Expect(Page.Locator("dl.facts")).ToContainTextAsync("Anbieter");
        await AssertAccessibleAsync();
    }
}

/// <summary>The staff menu opens without JavaScript: it is a plain &lt;details&gt;.</summary>
public sealed class WorkspaceNoScriptPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override bool JavaScriptEnabled => false;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_staff_menu_opens_without_JavaScript()
    {
        await LogInAsync("provider@jena.demo");
        await Page.GotoAsync("/standorte/jena");

        var menu = Page.Locator("details.nav-menu");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Meine Angebote", Exact = true })).ToBeHiddenAsync();
        await menu.Locator("summary").ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Meine Angebote", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/verwaltung/jena/angebote");
    }
}
