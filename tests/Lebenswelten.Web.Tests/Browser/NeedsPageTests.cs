using System.Text;
using Lebenswelten.Web.Tests.Needs;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class NeedsPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_defines_an_indicator_imports_values_sees_line_errors_then_the_table_and_the_map()
    {
        var name = $"Motorik {Guid.NewGuid():N}"[..16];
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/bedarf/indikatoren");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Art des Werts").SelectOptionAsync(new SelectOptionValue { Label = "Zähler/Nenner" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Indikator speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#Input_Topic-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Thema").FillAsync("Schuleingangsuntersuchung");
        await Page.GetByLabel("Richtung").SelectOptionAsync(new SelectOptionValue { Label = "höher ist ungünstiger" });
        await Page.GetByLabel("Sichtbarkeit").SelectOptionAsync(new SelectOptionValue { Label = "öffentlich" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Indikator speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Indikator wurde gespeichert.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await VisitAsync("/standorte/jena/bedarf/import");
        var option = new SelectOptionValue { Label = $"{name} (Zähler/Nenner)" };
        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(option);
        await Page.GetByLabel("… oder CSV-Text einfügen").FillAsync("Stadtteil;Jahr;Zähler;Nenner\nWenigenjena;2024;12;80\nAtlantis;2024;3;30\nNeulobeda;zwanzig;2;40\n");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Vorschau prüfen" }).ClickAsync();
        var errors = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Zeile 3: Stadtteil „Atlantis“ ist unbekannt.");
        await Assertions.Expect(errors).ToContainTextAsync("Zeile 4: „zwanzig“ ist kein gültiges Jahr");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Indikator", new() { Exact = true }).SelectOptionAsync(option);
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

        var key = name.ToLowerInvariant().Replace(' ', '-');
        await VisitAsync($"/standorte/jena/karte?indikator={key}");
        var table = Page.GetByRole(AriaRole.Table, new() { Name = $"{name} nach Stadtteil" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wenigenjena" })).ToContainTextAsync("15 %");
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Neulobeda" })).ToContainTextAsync("< 5");
        // The map: one shape per district, the offerings as circles on the same map, the attribution.
        await Assertions.Expect(Page.Locator("#needs-map path.leaflet-interactive").Nth(30)).ToBeAttachedAsync();
        await Assertions.Expect(Page.Locator("#needs-map .needs-offering").First).ToBeAttachedAsync();
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

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_corrects_a_value_with_a_note_and_sees_its_history()
    {
        var indicator = await TestIndicators.CreateAsync(Host, "jena");
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync($"/standorte/jena/bedarf/indikatoren/{indicator.Id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Einzelne Werte korrigieren" }).ClickAsync();
        await Page.GetByLabel("Stadtteil").SelectOptionAsync(new SelectOptionValue { Label = "Wenigenjena" });
        await Page.GetByLabel("Jahr").FillAsync("2024");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("noch kein Wert")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Zähler (Fälle)").FillAsync("16");
        await Page.GetByLabel("Nenner (Grundgesamtheit)").FillAsync("80");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Korrektur speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Note-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Anmerkung").FillAsync("Nachmeldung des Gesundheitsamts");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Korrektur speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Korrektur wurde gespeichert.");
        await Page.GetByLabel("Zähler (Fälle)").FillAsync("12");
        await Page.GetByLabel("Anmerkung").FillAsync("Doppelt gezählte Kinder entfernt");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Korrektur speichern" }).ClickAsync();
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Änderungen des Werts für Wenigenjena im Jahr 2024" });
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("20");
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("15");
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Doppelt gezählte Kinder entfernt");
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Nachmeldung des Gesundheitsamts");
        await AssertAccessibleAsync();

        await VisitAsync($"/standorte/jena/karte?indikator={indicator.Key}&jahr=2024");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wenigenjena" }).First).ToContainTextAsync("15 %");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_district_page_shows_offerings_nearby_with_distance_and_residents_by_age_and_sex()
    {
        await VisitAsync("/standorte/jena/stadtteile/lobeda-altstadt");
        var nearby = Page.GetByRole(AriaRole.List, new() { Name = "Angebote in der Nähe (bis 1.000 m vom Stadtteil)" });
        await Assertions.Expect(nearby.GetByRole(AriaRole.Listitem).First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d+ m entfernt$"));

        await VisitAsync("/standorte/gera/stadtteile/bieblach");
        var ages = Page.GetByRole(AriaRole.Table, new() { Name = "Einwohner von Bieblach nach Altersgruppe und Geschlecht, 2023" });
        await Assertions.Expect(ages.GetByRole(AriaRole.Row).Filter(new() { HasText = "65+ Jahre" })).ToBeVisibleAsync();
        await Assertions.Expect(ages.GetByRole(AriaRole.Columnheader, new() { Name = "weiblich" })).ToBeVisibleAsync();
    }
}
