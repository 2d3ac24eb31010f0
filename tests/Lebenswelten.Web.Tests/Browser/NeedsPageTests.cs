using System.Text;
using Lebenswelten.Web.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Needs;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class NeedsPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_imports_values_sees_line_errors_then_the_table_and_the_map()
    {
        var indicator = await TestIndicators.CreateAsync(Host, "jena");
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/bedarf/import");

        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(indicator.Id.ToString());
        await Page.GetByLabel("… oder CSV-Text einfügen").FillAsync("Stadtteil;Jahr;Zähler;Nenner\nWenigenjena;2024;12;80\nAtlantis;2024;3;30\nNeulobeda;zwanzig;2;40\n");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vorschau prüfen" }).ClickAsync();
        var errors = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Zeile 3: Stadtteil „Atlantis“ ist unbekannt.");
        await Assertions.Expect(errors).ToContainTextAsync("Zeile 4: „zwanzig“ ist kein gültiges Jahr");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(indicator.Id.ToString());
        await Page.Locator("#values-file").SetInputFilesAsync(new FilePayload
        {
            Name = "werte.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("district,year,numerator,denominator\nWenigenjena,2024,12,80\nNeulobeda,2024,2,40\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vorschau prüfen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Wenigenjena");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "2 Werte übernehmen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 Werte wurden gespeichert.");

        await VisitAsync($"/standorte/jena/karte?indikator={indicator.Key}");
        var table = Page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wenigenjena" })).ToContainTextAsync("15 %");
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Neulobeda" })).ToContainTextAsync("< 5");
        // The map: one shape per district, the offerings as circles, the attribution.
        await Assertions.Expect(Page.Locator("#needs-map path.leaflet-interactive").Nth(30)).ToBeAttachedAsync();
        await Assertions.Expect(Page.Locator("#needs-map")).ToContainTextAsync("© OpenStreetMap contributors");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_weights_the_need_index_adds_a_goal_and_finds_it_on_the_district_page()
    {
        var goal = $"Weniger Sprachförderbedarf {Guid.NewGuid():N}"[..34];
        await LogInAsync("coordinator@weimar.demo");
        await VisitAsync("/standorte/weimar/bedarf/einstellungen");

        await Page.GetByLabel("SGB-II-Quote").FillAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gewichte speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Gewichte wurden gespeichert.");

        await Page.GetByLabel("Ziel", new() { Exact = true }).FillAsync(goal);
        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Förderbedarf Sprache bei Einschulung" });
        await Page.GetByLabel("Ausgangsjahr").FillAsync("2030");
        await Page.GetByLabel("Zieljahr").FillAsync("2025");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziel speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Das Zieljahr muss nach dem Ausgangsjahr liegen.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Ausgangsjahr").FillAsync("2021");
        await Page.GetByLabel("Ausgangswert").FillAsync("24,5");
        await Page.GetByLabel("Zieljahr").FillAsync("2030");
        await Page.GetByLabel("Zielwert").FillAsync("18");
        await Page.GetByLabel("Schöndorf").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ziel speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Ziel wurde gespeichert.");
        await AssertAccessibleAsync();

        await VisitAsync("/standorte/weimar/stadtteile/schoendorf");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Schöndorf");
        await Assertions.Expect(Page.GetByText(goal)).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("canvas.needs-chart-canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText(new System.Text.RegularExpressions.Regex(@"^Rang \d+ von 16"))).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
