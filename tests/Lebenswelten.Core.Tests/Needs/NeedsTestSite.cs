using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Tests.Needs;

/// <summary>A site with three districts and one indicator of each kind, for the needs tests.</summary>
public sealed record NeedsTestSite(Site Site, IReadOnlyList<District> Districts, Indicator Rate, Indicator Cases)
{
    public static async Task<NeedsTestSite> CreateAsync(LebensweltenDbContext db)
    {
        var site = new Site { Slug = $"s{Guid.NewGuid():N}"[..12], Name = "Teststadt", State = "Thüringen", Ags = "16053000" };
        db.Sites.Add(site);
        var districts = new[] { ("nord", "Nordviertel"), ("mitte", "Mitte"), ("sued", "Südviertel") }
            .Select(d => new District { SiteId = site.Id, Key = d.Item1, Name = d.Item2 }).ToList();
        db.Districts.AddRange(districts);
        var rate = new Indicator { SiteId = site.Id, Key = "sgb2", Name = "SGB-II-Quote", Kind = IndicatorKind.Value, NeedWeight = 1 };
        var cases = new Indicator { SiteId = site.Id, Key = "sprache", Name = "Sprachförderbedarf", Kind = IndicatorKind.Ratio };
        db.Indicators.AddRange(rate, cases);
        await db.SaveChangesAsync();
        return new(site, districts, rate, cases);
    }
}
