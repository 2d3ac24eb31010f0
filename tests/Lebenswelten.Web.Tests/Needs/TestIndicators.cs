using Lebenswelten.Core.Needs;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Needs;

/// <summary>An indicator of the test's own at a demo site, so that imports never touch another test's figures.</summary>
public static class TestIndicators
{
    public static async Task<Indicator> CreateAsync(AppHost host, string site, IndicatorKind kind = IndicatorKind.Ratio,
        IndicatorPrivacy privacy = IndicatorPrivacy.Public)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var siteId = await db.Sites.Where(s => s.Slug == site).Select(s => s.Id).SingleAsync();
        var key = $"test-{Guid.NewGuid():N}"[..20];
        var indicator = new Indicator { SiteId = siteId, Key = key, Name = $"Testindikator {key[5..]}", Kind = kind, Privacy = privacy, Topic = "Test" };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }
}
