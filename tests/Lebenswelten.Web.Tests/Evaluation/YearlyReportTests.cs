using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Evaluation;

/// <summary>The yearly report (issue 20): the page and its PDF tell the API's figures, in German and English.</summary>
public sealed class YearlyReportTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_yearly_report_page_and_its_pdf_hold_figures_goals_vouchers_projects_and_methods(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var pages = await host.PageClientAsync("coordinator@jena.demo");

        var page = WebUtility.HtmlDecode(await pages.GetStringAsync("/verwaltung/jena/auswertung/jahresbericht?jahr=2003"));
        var pdf = await pages.GetAsync("/verwaltung/jena/auswertung/jahresbericht?handler=Pdf&jahr=2003");
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync());

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("jahresbericht-jena-2003.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar ?? pdf.Content.Headers.ContentDisposition.FileName);
        foreach (var heading in new[] { "Jahresbericht 2003: Jena", "Kennzahlen 2003", "Chancengleichheit", "Gutscheine vom Jobcenter",
                     "Gesundheitsziele", "Projekte", "Methoden" })
        {
            Assert.Contains(heading, page);
            Assert.Contains(heading, text);
        }
    }

    [Theory, BothProviders]
    public async Task The_yearly_report_of_evaluators_and_insurer_officers_names_no_person(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync("/api/sites/jena/evaluation/refresh", null)).StatusCode);
        var people = await EvaluationApiTests.PersonMarksAsync(host);
        var year = DateTime.UtcNow.Year;

        foreach (var reader in new[] { "evaluator@jena.demo", "insurer@jena.demo" })
        {
            using var pages = await host.PageClientAsync(reader);
            var page = await pages.GetStringAsync($"/verwaltung/jena/auswertung/jahresbericht?jahr={year}");
            var text = PdfText.Read(await pages.GetByteArrayAsync($"/verwaltung/jena/auswertung/jahresbericht?handler=Pdf&jahr={year}"));

            Assert.DoesNotContain(people, mark => page.Contains(mark, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(people, mark => text.Contains(mark, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task The_report_comes_in_english_when_the_reader_reads_english()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        // A coordinator of its own: choosing a language is kept in the account, and the demo coordinator's pages stay German.
        var reader = await TestAccounts.CreateAsync(host, Lebenswelten.Core.Identity.SiteRole.Coordinator, "jena");
        using var pages = await host.PageClientAsync(reader.Email);

        var page = await pages.GetStringAsync("/verwaltung/jena/auswertung/jahresbericht?jahr=2003&culture=en");
        var text = PdfText.Read(await pages.GetByteArrayAsync("/verwaltung/jena/auswertung/jahresbericht?handler=Pdf&jahr=2003&culture=en"));

        Assert.Contains("Yearly report 2003", page);
        Assert.Contains("Yearly report 2003", text);
        Assert.Contains("Methods", text);
        Assert.DoesNotContain("Methoden", text);
    }

    [Theory]
    [InlineData("jahr=abc")]
    [InlineData("jahr=1999")]
    [InlineData("jahr=2999")]
    [InlineData("handler=Pdf&jahr=99999999999")]
    public async Task A_year_that_does_not_parse_or_lies_outside_shows_its_error_and_this_year(string query)
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var pages = await host.PageClientAsync("coordinator@jena.demo");

        var answer = await pages.GetAsync($"/verwaltung/jena/auswertung/jahresbericht?{query}");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Bitte ein Jahr ab 2000 bis zum laufenden Jahr wählen.", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()));
    }
}
