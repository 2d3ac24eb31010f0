using System.Net.Http.Json;
using Lebenswelten.Core.Needs;
using Lebenswelten.Web.Tests.Needs;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The needs imports and the legend in Chromium, at 360 and 1280 px, with axe on every page.</summary>
public sealed class NeedsImportPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_uploads_excels_windows_1252_file_with_umlauts_previews_it_and_takes_it_over()
    {
        var indicator = await TestIndicators.CreateAsync(Host, "jena");
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/bedarf/import");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hilfe zum Import" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hilfe: Bedarfsdaten importieren");
        await AssertAccessibleAsync();
        await Page.GoBackAsync();

        await Page.GetByText("Vorlagen für Excel herunterladen").ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Vorlage „{indicator.Name}“" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{indicator.Name} (Zähler/Nenner)" });
        await Page.Locator("#values-file").SetInputFilesAsync(new FilePayload
        {
            Name = "werte.csv", MimeType = "text/csv", Buffer = Lebenswelten.Core.Tests.Needs.UploadedCsvTests.File("jena-ratio-windows-1252.csv"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vorschau prüfen" }).ClickAsync();

        var preview = Page.GetByRole(AriaRole.Table, new() { Name = "Vorschau: 3 Zeilen ohne Fehler" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Rowheader, new() { Name = "Göschwitz" })).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByRole(AriaRole.Rowheader, new() { Name = "Löbstedt" })).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByRole(AriaRole.Rowheader, new() { Name = "Wöllnitz" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "3 Werte übernehmen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 Werte wurden gespeichert.");

        await VisitAsync($"/standorte/jena/karte?indikator={indicator.Key}&jahr=2024");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Göschwitz" }).First).ToContainTextAsync("15 %");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_legend_names_each_class_edge_once_as_up_to_and_the_next_class_as_above()
    {
        var indicator = await TestIndicators.CreateAsync(Host, "jena", IndicatorKind.Value);
        using (var api = await Host.ApiClientAsync("coordinator@jena.demo"))
        {
            var imported = await api.PostAsync($"/api/sites/jena/indicators/{indicator.Id}/values", new StringContent(
                "district,year,value\ngoeschwitz,2024,10\nloebstedt,2024,20\nwoellnitz,2024,30\nwinzerla,2024,40\nmaua,2024,50\n"));
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }

        await VisitAsync($"/standorte/jena/karte?indikator={indicator.Key}");

        var legend = Page.GetByRole(AriaRole.List, new() { Name = "Legende (Quintile: gleich viele Stadtteile je Klasse)" });
        await Assertions.Expect(legend.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
            ["Klasse 1: bis 10 %", "Klasse 2: über 10 % bis 20 %", "Klasse 3: über 20 % bis 30 %", "Klasse 4: über 30 % bis 40 %",
                "Klasse 5: über 40 %", "keine Angabe"], new() { UseInnerText = true });
        // 20 % lies on an edge: in class 2 ("bis 20 %"), not in class 3.
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Löbstedt" }).First.Locator("td").Nth(1)).ToHaveTextAsync("2");
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
    }
}

/// <summary>The value grid as a plain form: it must work with JavaScript off.</summary>
public sealed class NeedsGridPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override bool JavaScriptEnabled => false;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_corrects_values_in_the_grid_sees_each_wrong_cell_and_keeps_what_was_typed()
    {
        var indicator = await TestIndicators.CreateAsync(Host, "jena");
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync($"/standorte/jena/bedarf/indikatoren/{indicator.Id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Als Raster bearbeiten (Stadtteile × Jahre)" }).ClickAsync();
        await Page.GetByLabel("Von Jahr").FillAsync("2022");
        await Page.GetByLabel("Bis Jahr").FillAsync("2024");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Göschwitz 2024").FillAsync("12/80");
        await Page.GetByLabel("Löbstedt 2023").FillAsync("zwölf");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Geänderte Werte speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Löbstedt 2023")).ToHaveValueAsync("zwölf");
        await Assertions.Expect(Page.GetByLabel("Löbstedt 2023")).ToHaveAccessibleDescriptionAsync("Bitte als Zähler/Nenner eingeben, z. B. 12/80.");
        await Assertions.Expect(Page.GetByLabel("Göschwitz 2024")).ToHaveValueAsync("12/80");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Löbstedt 2023").FillAsync("3/41");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Geänderte Werte speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Note-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await Page.GetByLabel("Anmerkung").FillAsync("Nachmeldung des Gesundheitsamts");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Geänderte Werte speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("2 Werte wurden gespeichert.");
        await Assertions.Expect(Page.GetByLabel("Löbstedt 2023")).ToHaveValueAsync("3/41");
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
    }
}
