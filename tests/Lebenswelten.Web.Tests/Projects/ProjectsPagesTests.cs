using System.Net;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Projects;

/// <summary>The exports as downloaded from the funding page, read back; the public project page without internal fields.</summary>
public sealed class ProjectsPagesTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_budget_downloads_as_Excel_and_CSV_and_reads_back_with_the_figures_the_funding_page_shows(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.PageClientAsync("coordinator@chemnitz.demo");
        var year = DateTime.UtcNow.Year;

        var page = await coordinator.GetStringAsync($"/verwaltung/chemnitz/foerderung?year={year}");
        var xlsx = await coordinator.GetAsync($"/verwaltung/chemnitz/foerderung/export?what=budget&format=xlsx&year={year}");
        var csv = await coordinator.GetAsync($"/verwaltung/chemnitz/foerderung/export?what=budget&format=csv&year={year}");
        var projects = await coordinator.GetAsync("/verwaltung/chemnitz/foerderung/export?what=projects&format=xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = TableFile.ReadXlsx(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Fördertopf", "Art", "Jahr", "Geplant (EUR)", "Bewilligt (EUR)", "Ausgegeben (EUR)", "Verfügbar (EUR)"], rows[0].Select(c => c?.ToString()));
        var aok = rows.Single(r => r[0]?.ToString() == "Projektmittel AOK PLUS");
        // The NINERS grant (sample data): 60,000 planned, 18,000 committed, 6,500 spent.
        Assert.Equal([60_000m, 18_000m, 6_500m, 42_000m], aok.Skip(3).Select(c => Convert.ToDecimal(c)));
        Assert.Contains("60.000,00 €", page);
        Assert.Contains("18.000,00 €", page);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Projektmittel AOK PLUS;Projektmittel einer Krankenkasse;" + year + ";60000;18000;6500;42000", StringComparison.Ordinal));
        var projectRows = TableFile.ReadXlsx(await projects.Content.ReadAsByteArrayAsync());
        Assert.Contains(projectRows, r => r[0]?.ToString() == "Väter und Kids in Bewegung – mit den NINERS" && r[2]?.ToString() == "Umsetzung");
    }

    [Theory, BothProviders]
    public async Task The_public_project_page_shows_title_partners_and_offerings_but_no_person_and_no_internal_field(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var project = await TestProject.CreateAsync(host, responsible: "Erika Verantwortlich");
        var hidden = await TestProject.CreateAsync(host, published: false);
        using var anonymous = host.Client();

        var shown = await anonymous.GetStringAsync($"/standorte/jena/projekte/{project.Project.Id}");
        var list = await anonymous.GetStringAsync("/standorte/jena/projekte");

        Assert.Contains(project.Project.Title, shown);
        Assert.DoesNotContain("Erika Verantwortlich", shown);
        Assert.DoesNotContain("Förderantrag", shown);
        Assert.Contains("Gesund im Smarten Quartier Lobeda", list);
        Assert.DoesNotContain(hidden.Project.Title, list);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/standorte/jena/projekte/{hidden.Project.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/standorte/weimar/projekte/{project.Project.Id}")).StatusCode);
    }
}
