using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>Everything in the shell works with JavaScript switched off (old phones, strict settings).</summary>
public sealed class NoScriptPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override bool JavaScriptEnabled => false;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task Login_site_switch_and_language_work_without_JavaScript()
    {
        await LogInAsync("provider@chemnitz.demo");
        await Assertions.Expect(Page.GetByText("Anbieter")).ToBeVisibleAsync();

        // On a phone the staff menu (and the site switcher in it) is folded; <details> opens without JavaScript.
        await OpenMenuAsync();
        await Page.GetByLabel("Standort", new() { Exact = true }).SelectOptionAsync("chemnitz");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wechseln" }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/chemnitz");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "NINERS Chemnitz" })).ToBeVisibleAsync();

        await ChooseLanguageAsync("English");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Organisations involved" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        // The choice is kept in the account; the demo provider's other tests read German.
        await ChooseLanguageAsync("Deutsch");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_needs_map_is_a_table_without_JavaScript_with_the_gisd_of_the_postcode_areas()
    {
        await VisitAsync("/standorte/leipzig/karte?indikator=sgb2-quote");

        await Assertions.Expect(Page.Locator("#needs-map")).ToBeHiddenAsync();
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "SGB-II-Quote nach Stadtteil" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(64);
        await Assertions.Expect(Page.GetByText("Klasse 1:")).ToBeVisibleAsync();
        var gisd = Page.GetByRole(AriaRole.Table, new() { Name = "GISD nach Postleitzahlbereich in Leipzig, 2021" });
        await Assertions.Expect(gisd.GetByRole(AriaRole.Row).Filter(new() { HasText = "0410x" })).ToContainTextAsync("04103, 04105, 04107, 04109");
        await Assertions.Expect(Page.GetByText("doi:10.5281/zenodo.14781119").First).ToBeVisibleAsync();
    }
}
