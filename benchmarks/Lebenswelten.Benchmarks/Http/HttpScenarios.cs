using Lebenswelten.Benchmarks.Catalogue;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Benchmarks.Http;

/// <summary>
/// The catalogue searches over HTTP (GET /api/offerings), with the filters residents use: text, category, district,
/// date range, distance. The same searches as the in-process benchmark, so the two tables sit side by side.
/// </summary>
internal static class HttpScenarios
{
    public static IReadOnlyList<(string Name, string Path)> For(IReadOnlyList<SeedSite> sites, DateTimeOffset now)
    {
        var leipzig = sites.Single(s => s.Site.Slug == "leipzig");
        var district = leipzig.Districts.Single(d => d.Name == "Grünau-Mitte");
        var today = BerlinTime.LocalDate(now);
        return
        [
            ("first page, all sites, no filter", "/api/offerings"),
            ("one site (Jena)", "/api/offerings?site=jena"),
            ("free text, one word: \"yoga\"", "/api/offerings?q=yoga"),
            ("category + target group (exercise, older people)", "/api/offerings?category=exercise&targetGroup=olderPeople"),
            ("district (Leipzig, Grünau-Mitte)", $"/api/offerings?site=leipzig&district={Uri.EscapeDataString(district.Key)}"),
            ("date range (one week, a month ahead)", $"/api/offerings?from={today.AddDays(30):yyyy-MM-dd}&to={today.AddDays(36):yyyy-MM-dd}"),
            ("distance sort to 07747, all sites", "/api/offerings?sort=distance&postcode=07747"),
        ];
    }
}
