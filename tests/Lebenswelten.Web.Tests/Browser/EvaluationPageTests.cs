using System.Text.RegularExpressions;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class EvaluationPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_programme_evaluator_compares_the_five_sites()
    {
        var evaluator = await TestAccounts.CreateAsync(Host, SiteRole.Evaluator, "leipzig");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
            db.SiteRoleAssignments.AddRange(await db.Sites.Where(s => s.Slug != "leipzig")
                .Select(s => new SiteRoleAssignment { UserId = evaluator.Id, SiteId = s.Id, Role = SiteRole.Evaluator }).ToListAsync());
            await db.SaveChangesAsync();
        }
        await LogInAsync(evaluator.Email);

        await VisitAsync("/auswertung");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Auswertung: Standorte im Vergleich" })).ToBeVisibleAsync();
        var sites = Page.GetByRole(AriaRole.Table, new() { Name = "Standorte im Vergleich" });
        foreach (var name in new[] { "Chemnitz", "Gera", "Jena", "Leipzig", "Weimar" })
        {
            await Assertions.Expect(sites.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
        await Assertions.Expect(Page.GetByText("Beispieldaten: Diese Zahlen sind für die Demo erzeugt, nicht gezählt.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("canvas.evaluation-chart-canvas").First).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await VisitAsync("/auswertung?von=2026-13");
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Der Filter passt nicht");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_sees_reach_by_district_against_need_on_the_map_filters_by_category_and_downloads_the_table_as_Excel()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/auswertung");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Chancengleichheit: Erreichung nach Bedarf" })).ToBeVisibleAsync();
        var equity = Page.GetByRole(AriaRole.Table, new() { Name = "Erreichung je Stadtteil gegen Bedarf", Exact = false });
        await Assertions.Expect(equity.GetByRole(AriaRole.Columnheader, new() { Name = "Erreichungsquote" })).ToBeVisibleAsync();
        // The reach layer: every district coloured by its reach ratio, the same figures as the table.
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Karte: Erreichungsquote je Wohn-Stadtteil" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#needs-map path.leaflet-interactive").First).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Kategorie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bewegung" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anzeigen" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Kategorie", new() { Exact = true })).ToHaveValueAsync("exercise");
        await AssertAccessibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Erreichung nach Wohn-Stadtteil als Excel" }).ClickAsync());
        var path = await download.PathAsync();
        var rows = TableFile.ReadXlsx(await File.ReadAllBytesAsync(path!));
        Assert.Equal(["Stadtteil", "Anmeldungen", "Teilnehmende"], rows[0].Take(3).Select(c => c?.ToString()));
        Assert.Equal("Gesamt", rows[^1][0]?.ToString());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_prints_the_yearly_report_and_downloads_it_as_PDF()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/auswertung");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Jahresbericht zum Drucken und als PDF" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Jahresbericht \d{4}: Jena$") })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Gesundheitsziele" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Methoden" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // Printed, the report is the report: no menu, no year form, no download link.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(Page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByLabel("Jahr", new() { Exact = true })).ToBeHiddenAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Jahresbericht \d{4} als PDF herunterladen$") }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Matches(@"^jahresbericht-jena-\d{4}\.pdf$", download.SuggestedFilename);
    }
}
