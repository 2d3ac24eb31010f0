using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Needs;

/// <summary>The values page without a browser: what a correction through the form reads and writes.</summary>
public sealed class ValuesPageTests(AppHosts hosts)
{
    /// <summary>
    /// The history names the staff who changed a value, so showing it is an audited read. A correction sent from the
    /// form shows nothing before it changes the value, so it reads (and audits) nothing; the page shown after it does.
    /// </summary>
    [Theory, BothProviders]
    public async Task A_correction_through_the_form_audits_the_history_only_when_a_page_shows_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var indicator = await TestIndicators.CreateAsync(host, "jena");
        using var api = await host.ApiClientAsync("coordinator@jena.demo");
        await api.PostAsync($"/api/sites/jena/indicators/{indicator.Id}/values",
            new StringContent("district,year,numerator,denominator\nwenigenjena,2023,6,60\n"));
        var url = $"/api/sites/jena/indicators/{indicator.Id}/values/wenigenjena/2023";
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(url,
            new { numerator = 9, denominator = 60, note = "erste Korrektur" })).StatusCode);
        using var page = await host.PageClientAsync("coordinator@jena.demo");
        var address = $"/standorte/jena/bedarf/werte?indikator={indicator.Id}&stadtteil=wenigenjena&jahr=2023";
        var form = await page.GetStringAsync(address);
        var before = await HistoryReadsAsync(host, indicator.Id);

        var saved = await page.PostAsync(address,
            Forms.Of(form, "Input.Numerator", "12", "Input.Denominator", "60", "Input.Note", "zweite Korrektur"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await HistoryReadsAsync(host, indicator.Id));
        Assert.Contains("zweite Korrektur", await page.GetStringAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.True(await HistoryReadsAsync(host, indicator.Id) > before, "the page after the correction shows the history");
    }

    /// <summary>The audited reads of this indicator's one value.</summary>
    private static async Task<int> HistoryReadsAsync(AppHost host, Guid indicatorId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var value = (await db.IndicatorValues.SingleAsync(v => v.IndicatorId == indicatorId)).Id.ToString();
        return await db.AuditEntries.CountAsync(e => e.DataKind == "IndicatorValue.History" && e.Action == AuditAction.Read
            && e.RecordId == value);
    }
}
