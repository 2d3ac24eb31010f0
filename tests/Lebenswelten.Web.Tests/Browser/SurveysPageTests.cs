using System.Text.RegularExpressions;
using Lebenswelten.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed partial class SurveysPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs * 2)]
    public async Task A_coordinator_builds_a_survey_with_skip_logic_a_resident_answers_it_on_a_phone_and_the_results_hold_back_small_districts()
    {
        var title = $"Hofumfrage {Guid.NewGuid():N}"[..18];
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/umfragen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Umfrage anlegen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Title-error")).ToContainTextAsync("Deutsch");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Titel (Deutsch)").FillAsync(title);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Umfrage anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Umfrage ist angelegt.");

        await AddQuestionAsync("Einfachauswahl", "Was wünschen Sie sich im Hof?", "Bewegung\nRuhe");
        await AddQuestionAsync("Skala", "Wie oft würden Sie mitmachen?", null, showIf: "bei Frage 1 „Bewegung“ gewählt");
        await Assertions.Expect(Page.Locator(".survey-questions").GetByText("bei Frage 1 „Bewegung“ gewählt")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Umfrage ist veröffentlicht.");
        var shortLink = await Page.GetByRole(AriaRole.Link, new() { NameRegex = ShortLink() }).GetAttributeAsync("href");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Aushang und Handzettel" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^QR-Code zur Umfrage") }).First).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // A resident on a phone: no account.
        await Page.Context.ClearCookiesAsync();
        await VisitAsync(shortLink!);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#q1-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Bewegung").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Wie oft würden Sie mitmachen?")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Absenden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Vielen Dank!" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await VisitAsync(shortLink!);
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("schon beantwortet");

        // The coordinator reads the Lobeda demo survey by district: small districts held back.
        await LogInAsync("coordinator@jena.demo");
        Guid demo;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            demo = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Surveys.Where(s => s.Code == "WUNSCH26").Select(s => s.Id).SingleAsync();
        }
        await VisitAsync($"/verwaltung/jena/umfragen/{demo}/ergebnisse?gruppierung=stadtteile");
        var table = Page.GetByRole(AriaRole.Table, new() { Name = "Antworten auf Frage 1: Anzahl (Anteil)" });
        await Assertions.Expect(table.GetByRole(AriaRole.Cell, new() { Name = "< 5" }).First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Beispieldaten").First).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Freitext-Antworten" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Freitext-Antworten" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_jobcenter_client_answers_the_Leipzig_survey_in_Arabic_right_to_left_and_a_survey_based_indicator_names_its_sample_on_the_map()
    {
        await VisitAsync("/umfragen/GESUND26?culture=ar");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "ما الذي يساعدك على البقاء بصحة جيدة؟" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("الاستطلاع مجهول الهوية")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("رياضة جماعية").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "إرسال" }).ClickAsync();
        await Page.WaitForURLAsync("**/danke");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "شكرًا جزيلًا!" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // The closed Lobeda round feeds an indicator of the need picture; the map names the survey and its sample.
        await VisitAsync("/standorte/jena/karte?indikator=umfrage-wunsch-bewegung&culture=de");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Wunsch nach Bewegungsangeboten \\(Umfrage\\)") }))
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText(new Regex("Quelle: Umfrage „Bewegung im Quartier: Was fehlt\\?“ .*Stichprobe n = \\d+"))).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    private async Task AddQuestionAsync(string kind, string text, string? options, string? showIf = null)
    {
        await Page.GetByLabel("Art der Frage").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await Page.GetByLabel("Frage (Deutsch)").FillAsync(text);
        if (options is not null)
        {
            await Page.GetByLabel("Antwortmöglichkeiten (Deutsch)").FillAsync(options);
        }
        if (showIf is not null)
        {
            await Page.GetByLabel("Nur zeigen, wenn …").SelectOptionAsync(new SelectOptionValue { Label = showIf });
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "Frage hinzufügen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Frage ist hinzugefügt.");
    }

    [GeneratedRegex("^Kurzlink")]
    private static partial Regex ShortLink();
}
