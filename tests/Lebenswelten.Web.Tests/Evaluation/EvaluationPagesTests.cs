using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Evaluation;

/// <summary>The dashboard, the API, the CSV and Excel downloads and the yearly report's PDF tell the same figures, held back alike.</summary>
public sealed class EvaluationPagesTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_numbers_agree_between_the_page_the_api_the_csv_the_excel_file_and_the_yearly_reports_pdf(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (districts, month) = await EvaluationCells.AddAsync(host, 2002, (0, "18-64", 37), (1, "18-64", 12), (-1, "18-64", 2));
        var (first, second) = (districts[0].Name, districts[1].Name);
        var period = $"von={month:yyyy-MM}&bis={month:yyyy-MM}";
        using var pages = await host.PageClientAsync("coordinator@jena.demo");
        using var api = await host.ApiClientAsync("coordinator@jena.demo");

        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/verwaltung/jena/auswertung?{period}"));
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/sites/jena/evaluation/reach?groupBy=district&from={month:yyyy-MM}&to={month:yyyy-MM}"));
        var csv = (await pages.GetStringAsync($"/verwaltung/jena/auswertung/export?tabelle=stadtteile&format=csv&{period}")).Split('\n');
        var xlsx = TableFile.ReadXlsx(await pages.GetByteArrayAsync($"/verwaltung/jena/auswertung/export?tabelle=stadtteile&format=xlsx&{period}"));
        // The cells' year is this test's alone, so the yearly report's district table holds just these cells.
        var pdf = PdfText.Rows(PdfText.Read(await pages.GetByteArrayAsync($"/verwaltung/jena/auswertung/jahresbericht?handler=Pdf&jahr={month.Year}")))
            .Where(r => r.Length > 2).ToList();

        var section = page[page.IndexOf("id=\"tabelle-stadtteile\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        string PageCell(string group) => Regex.Match(section, $@"<th scope=""row"">{Regex.Escape(group)}</th>\s*<td>(.*?)</td>").Groups[1].Value;
        var lines = json.RootElement.GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("group").GetProperty("district").GetProperty("label").GetString()!, l => l.GetProperty("figures").GetProperty("registrations"));
        string ApiCell(string group) => lines[group].GetProperty("heldBack").GetBoolean() ? "< 5" : lines[group].GetProperty("value").GetInt32().ToString();
        string CsvCell(string group) => csv.Single(l => l.StartsWith(group + ";", StringComparison.Ordinal)).Split(';')[1];
        string XlsxCell(string group) => xlsx.Single(r => r[0]?.ToString() == group)[1]!.ToString()!;
        // The first table row of the group in the PDF is the district table's (the equity table comes later and has no "Gesamt").
        // pdftotext closes up the narrow gap in "< 5".
        string PdfCell(string group) => pdf.First(r => r[0] == group && r.Length == 7)[1].Replace("<5", "< 5", StringComparison.Ordinal);

        foreach (var (group, expected) in new[] { (first, "35"), (second, "10"), ("unbekannt", "< 5"), ("Gesamt", "50") })
        {
            var apiValue = group == "Gesamt" ? json.RootElement.GetProperty("total").GetProperty("registrations").GetProperty("value").GetInt32().ToString() : ApiCell(group);
            Assert.Equal([expected, expected, expected, expected, expected],
                [PageCell(group), apiValue, CsvCell(group), XlsxCell(group), PdfCell(group)]);
        }
    }

    [Theory, BothProviders]
    public async Task The_comparison_shows_an_evaluator_their_sites_and_refuses_a_coordinator(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var evaluator = await host.PageClientAsync("evaluator@jena.demo");
        using var coordinator = await host.PageClientAsync("coordinator@jena.demo");

        var page = await evaluator.GetAsync("/auswertung");
        var refused = await coordinator.GetAsync("/auswertung");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Standorte im Vergleich", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/konto/zugriff-verweigert", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
