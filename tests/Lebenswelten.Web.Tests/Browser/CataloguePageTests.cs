using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>A resident finds an offering on a phone with JavaScript switched off: the search is a plain GET form.</summary>
public sealed class CataloguePageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override bool JavaScriptEnabled => false;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_searches_by_text_and_district_and_opens_an_offering_with_its_sessions()
    {
        var word = CatalogueOfferings.Word();
        await CatalogueOfferings.CreateAsync(Host, $"Rückenfit {word}", d =>
            d with { DistrictKey = "neulobeda", Latitude = 50.882, Longitude = 11.603 });
        await CatalogueOfferings.CreateAsync(Host, $"Lauftreff {word}", d => d with { DistrictKey = "winzerla" });

        await VisitAsync("/angebote");
        var search = Page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Standort").SelectOptionAsync("jena");
        await search.GetByLabel("Suchbegriff").FillAsync(word);
        await search.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 Angebote gefunden");
        await AssertAccessibleAsync();

        await Page.GetByText("Weitere Filter").ClickAsync();
        await search.GetByLabel("Stadtteil").SelectOptionAsync(new SelectOptionValue { Label = "Neulobeda" });
        await search.GetByRole(AriaRole.Button, new() { Name = "Filter anwenden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 Angebot gefunden");
        Assert.Contains("stadtteil=neulobeda", Page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = $"Rückenfit {word}" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Rückenfit {word}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Termine in den Kalender (.ics)" }))
            .ToHaveAttributeAsync("href", $"{new Uri(Page.Url).AbsolutePath}/kalender.ics");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Auf OpenStreetMap ansehen" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_header_and_the_start_page_lead_to_the_catalogue()
    {
        await VisitAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Angebote in Ihrer Nähe finden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Angebote an allen Standorten");

        await Page.GetByLabel("Standort", new() { Exact = true }).First.SelectOptionAsync("gera");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wechseln" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })
            .GetByRole(AriaRole.Link, new() { Name = "Angebote" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Angebote in Gera");
        await AssertAccessibleAsync();
    }
}
