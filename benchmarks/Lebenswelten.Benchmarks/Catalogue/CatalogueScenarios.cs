using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>The searches people make on /angebote and GET /api/offerings, with the page's default of 20 per page.</summary>
internal static class CatalogueScenarios
{
    public const string Baseline = "baseline: one offering by id (FindPublicAsync)";

    public static IReadOnlyList<(string Name, CatalogueQuery Query)> For(IReadOnlyList<SeedSite> sites, DateTimeOffset now)
    {
        var jena = sites.Single(s => s.Site.Slug == "jena");
        var leipzig = sites.Single(s => s.Site.Slug == "leipzig");
        var district = leipzig.Districts.Single(d => d.Name == "Grünau-Mitte");
        var today = BerlinTime.LocalDate(now);
        var lobeda = PostcodeCentroids.Find("07747")!;
        return
        [
            ("first page, all sites, no filter", new CatalogueQuery()),
            ("one site (Jena)", new CatalogueQuery { SiteId = jena.Site.Id }),
            ("free text, one word: \"yoga\"", new CatalogueQuery { Text = "yoga" }),
            ("free text, two words: \"rückenfit lobeda\"", new CatalogueQuery { Text = "rückenfit lobeda" }),
            ("category + target group (exercise, older people)",
                new CatalogueQuery { Category = OfferingCategory.Exercise, TargetGroup = TargetGroups.OlderPeople }),
            ("district (Leipzig, Grünau-Mitte)", new CatalogueQuery { SiteId = leipzig.Site.Id, DistrictId = district.Id }),
            ("date range (one week, a month ahead)", new CatalogueQuery { From = today.AddDays(30), To = today.AddDays(36) }),
            ("weekday (Saturday)", new CatalogueQuery { Weekday = DayOfWeek.Saturday }),
            ("language (Arabic)", new CatalogueQuery { Language = "ar" }),
            ("has places + free", new CatalogueQuery { HasPlaces = true, FreeOnly = true }),
            ("distance sort to 07747, all sites",
                new CatalogueQuery { Sort = CatalogueSort.Distance, Near = (lobeda.Latitude, lobeda.Longitude) }),
            ("deep page (page 500), all sites", new CatalogueQuery { Page = 500 }),
        ];
    }
}
