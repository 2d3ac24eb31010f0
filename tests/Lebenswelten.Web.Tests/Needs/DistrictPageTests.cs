using System.Net;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Needs;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Needs;

/// <summary>A district's page: its own figure against each goal, and a call for an offering where need is high and none is.</summary>
public sealed class DistrictPageTests(AppHosts hosts)
{
    [Fact]
    public async Task A_high_need_district_without_an_offering_asks_for_one_and_shows_its_own_figure_against_the_goal()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var (site, district, others) = await HighNeedWithoutOfferingAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
            var value = await db.IndicatorValues.Where(v => v.DistrictId == district.Id && v.Numerator == null)
                .OrderByDescending(v => v.Year).FirstAsync();
            var goal = await scope.ServiceProvider.GetRequiredService<NeedsSettings>().AddGoalAsync(district.SiteId,
                new GoalDraft($"Testziel {Guid.NewGuid():N}"[..20], value.IndicatorId, 2020, value.Value + 10, 2030, value.Value - 5, [district.Id]));
            Assert.True(goal.Succeeded);
            using var client = host.CreateClient();

            var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/standorte/{site}/stadtteile/{district.Key}"));

            Assert.Contains("Hier fehlt ein Angebot", page, StringComparison.Ordinal);
            Assert.Contains($"/standorte/{site}/netzwerk", page, StringComparison.Ordinal);
            Assert.DoesNotContain("/angebote/neu", page, StringComparison.Ordinal); // creating one is for the site's staff
            var german = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Contains($"{district.Name}: {value.Value.ToString("0.##", german)} ({value.Year}) – Ziel: {(value.Value - 5).ToString("0.##", german)}.",
                page, StringComparison.Ordinal);
            var calm = WebUtility.HtmlDecode(await client.GetStringAsync($"/standorte/{site}/stadtteile/{others}"));
            Assert.DoesNotContain("Hier fehlt ein Angebot", calm, StringComparison.Ordinal);
        }
        using var staff = await host.PageClientAsync($"coordinator@{site}.demo");
        Assert.Contains($"/verwaltung/{site}/angebote/neu", await staff.GetStringAsync($"/standorte/{site}/stadtteile/{district.Key}"),
            StringComparison.Ordinal);
    }

    /// <summary>A demo district of high need with no offering, and one of lowest need, as the page data sees them.</summary>
    private static async Task<(string Site, Core.Sites.District District, string LowKey)> HighNeedWithoutOfferingAsync(AppHost host)
    {
        foreach (var site in new[] { "gera", "weimar", "chemnitz", "jena", "leipzig" })
        {
            await using var scope = host.Services.CreateAsyncScope();
            var data = scope.ServiceProvider.GetRequiredService<NeedsPageData>();
            await data.LoadAsync(site, staff: false, CancellationToken.None);
            var high = data.Need.Where(n => n.IsHigh(data.Need.Count) && data.Offerings.All(o => o.DistrictId != n.DistrictId))
                .Select(n => data.Districts.Single(d => d.Id == n.DistrictId))
                .FirstOrDefault(d => d.BoundaryGeoJson is null || data.Offerings.All(o => new Core.Sites.DistrictLocator([d]).MetresTo(d, o.Lat, o.Lon) > 0));
            if (high is not null)
            {
                var low = data.Districts.Single(d => d.Id == data.Need.MaxBy(n => n.Rank)!.DistrictId);
                return (site, high, low.Key);
            }
        }
        throw new InvalidOperationException("No demo district of high need without an offering.");
    }
}
