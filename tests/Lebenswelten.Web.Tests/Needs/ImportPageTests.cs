using System.Net;
using System.Text;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Core.Tests.Needs;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Needs;

/// <summary>The needs imports without a browser: templates, the value grid, and the upload as offices save it.</summary>
public sealed class ImportPageTests(AppHosts hosts)
{
    [Fact]
    public async Task A_template_has_the_indicators_columns_and_every_district_and_comes_back_in_as_saved()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var indicator = await TestIndicators.CreateAsync(host, "jena");
        using var page = await host.PageClientAsync("coordinator@jena.demo");

        var response = await page.GetAsync($"/standorte/jena/bedarf/indikatoren/{indicator.Id}/vorlage");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = UploadedText.Decode(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Stadtteil;Jahr;Zähler;Nenner", lines[0]);
        Assert.Equal(await DistrictCountAsync(host, "jena") + 1, lines.Length);
        var year = DateTime.UtcNow.Year - 1;
        Assert.Contains($"Göschwitz;{year};;", lines);
        // Filled in and uploaded again, as Excel would save it.
        var filled = string.Join("\r\n", lines.Select(l => l.StartsWith("Göschwitz;", StringComparison.Ordinal) ? $"Göschwitz;{year};12;80" : l));
        using var api = await host.ApiClientAsync("coordinator@jena.demo");
        var imported = await api.PostAsync($"/api/sites/jena/indicators/{indicator.Id}/values",
            new ByteArrayContent(UploadedText.Windows1252.GetBytes(filled)));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(15, (await ValuesAsync(host, indicator.Id)).Single().Value);
    }

    [Theory, BothProviders]
    public async Task The_grid_saves_changed_cells_in_one_go_and_names_each_wrong_cell_in_german(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var indicator = await TestIndicators.CreateAsync(host, "jena");
        using var page = await host.PageClientAsync("coordinator@jena.demo");
        var address = $"/standorte/jena/bedarf/indikatoren/{indicator.Id}/raster?von=2022&bis=2024";
        var form = await page.GetStringAsync(address);

        var refused = await page.PostAsync(address, Forms.Of(form, "Cells[goeschwitz|2024]", "12/80", "Cells[loebstedt|2023]", "zwölf",
            "Cells[woellnitz|2022]", "9/3", "Note", "Nachmeldung"));
        var shown = await refused.Content.ReadAsStringAsync();
        var saved = await page.PostAsync(address, Forms.Of(form, "Cells[goeschwitz|2024]", "12/80", "Cells[loebstedt|2023]", "3/41",
            "Note", "Nachmeldung des Gesundheitsamts"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Bitte als Zähler/Nenner eingeben, z. B. 12/80.", WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        Assert.Contains("value=\"zwölf\"", WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var values = await ValuesAsync(host, indicator.Id);
        Assert.Equal([7.32, 15], values.Select(v => v.Value).Order());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var ids = values.Select(v => v.Id).ToList();
        Assert.Equal(2, await db.IndicatorValueChanges.CountAsync(c => ids.Contains(c.IndicatorValueId) && c.Note == "Nachmeldung des Gesundheitsamts"));
    }

    [Fact]
    public async Task Another_sites_indicator_has_no_template_and_no_grid_and_a_nonsense_year_range_falls_back()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var foreign = await TestIndicators.CreateAsync(host, "weimar");
        var own = await TestIndicators.CreateAsync(host, "jena");
        using var page = await host.PageClientAsync("coordinator@jena.demo");

        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/standorte/jena/bedarf/indikatoren/{foreign.Id}/vorlage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/standorte/jena/bedarf/indikatoren/{foreign.Id}/raster")).StatusCode);
        var nonsense = await page.GetAsync($"/standorte/jena/bedarf/indikatoren/{own.Id}/raster?von=2024&bis=1800");
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Contains("Das Bis-Jahr muss nach dem Von-Jahr liegen", await nonsense.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1252_upload_through_the_page_previews_umlaut_districts_and_a_wrong_indicator_is_named()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var ratio = await TestIndicators.CreateAsync(host, "jena");
        var value = await TestIndicators.CreateAsync(host, "jena", IndicatorKind.Value);
        using var page = await host.PageClientAsync("coordinator@jena.demo");
        var form = await page.GetStringAsync("/standorte/jena/bedarf/import");

        var preview = await UploadAsync(page, form, ratio.Id, UploadedCsvTests.File("jena-ratio-windows-1252.csv"));
        var wrong = await UploadAsync(page, form, value.Id, UploadedCsvTests.File("jena-ratio-windows-1252.csv"));

        Assert.Contains("<th scope=\"row\">Göschwitz</th>", preview, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Löbstedt</th>", preview, StringComparison.Ordinal);
        Assert.Contains($"Der Indikator „{value.Name}“ nimmt einen fertigen Wert: Die Datei braucht die Spalten Stadtteil, Jahr und Wert.", wrong,
            StringComparison.Ordinal);
        Assert.Contains("Die Kopfzeile der Datei hat: district, year, numerator, denominator.", wrong, StringComparison.Ordinal);
        Assert.Contains($"„{ratio.Name}“", wrong, StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(HttpClient page, string form, Guid indicator, byte[] file)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Sessions.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent(indicator.ToString()), "IndicatorId" },
            { new ByteArrayContent(file), "Upload", "werte.csv" },
        };
        var response = await page.PostAsync("/standorte/jena/bedarf/import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> DistrictCountAsync(AppHost host, string site)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Districts.CountAsync(d => d.SiteId == db.Sites.Single(s => s.Slug == site).Id);
    }

    private static async Task<List<IndicatorValue>> ValuesAsync(AppHost host, Guid indicatorId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicatorId).ToListAsync();
    }
}
