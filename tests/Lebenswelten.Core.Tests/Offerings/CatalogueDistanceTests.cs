using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

/// <summary>
/// The distance sort searches a box around the postcode first (DistanceBox, 550 m, widened fourfold); its pages must be
/// exactly those of sorting every offering, at the box's edges, on later pages and with a language preference.
/// </summary>
public sealed class CatalogueDistanceTests
{
    private static readonly (double Latitude, double Longitude) Here = (50.885, 11.608);

    // North and east of Here in degrees of latitude (east squeezed like the sort's distance), nearest first. D is just
    // inside the first box, E just outside it, and F in its corner: farther than E though inside, so a page that ends
    // with F is not proven by the first box.
    private static readonly (string Title, double North, double East)[] Placed =
    [
        ("A", 0.001, 0), ("B", 0, -0.002), ("C", -0.003, 0), ("D", 0, 0.0049), ("E", 0.0052, 0), ("F", 0.0048, 0.0048),
        ("G", 0, -0.0075), ("H", 0.015, 0), ("I", -0.019, -0.0199), ("J", 0.05, 0), ("K", 0.1, 0.1), ("L", 0, 0.3),
        ("M", -0.5, 0), ("N", 2.0, 0),
    ];

    [Theory, BothProviders]
    public async Task Every_page_is_the_page_of_the_full_distance_order_across_the_box_edges(DatabaseProvider provider)
    {
        await using var kit = await SeedAsync(provider);
        string[] nearestFirst = [.. Placed.Select(p => p.Title), "Ohne Ort 1", "Ohne Ort 2"];
        // Ukrainian speakers see K and N first (issue 23), then the others by distance.
        string[] ukrainianFirst = ["K", "N", .. nearestFirst.Except(["K", "N"])];

        foreach (var size in new[] { 1, 5 })
        {
            Assert.Equal(nearestFirst, await AllPagesAsync(kit, size, preferLanguage: null));
            Assert.Equal(ukrainianFirst, await AllPagesAsync(kit, size, preferLanguage: "uk"));
        }
    }

    [Theory, BothProviders]
    public async Task A_filter_still_applies_inside_the_box(DatabaseProvider provider)
    {
        await using var kit = await SeedAsync(provider);

        var page = await SearchAsync(kit, new() { Category = OfferingCategory.Nutrition, PageSize = 2 });

        Assert.Equal(["K", "N"], page.Items.Select(o => o.Title));
        Assert.Equal(2, page.Total);
    }

    /// <summary>The placed offerings (K and N held in Ukrainian and about nutrition too), and two without a position.</summary>
    private static async Task<OfferingTestKit> SeedAsync(DatabaseProvider provider)
    {
        var kit = await OfferingTestKit.CreateAsync(provider);
        var squeeze = Math.Cos(Here.Latitude * Math.PI / 180);
        foreach (var (title, north, east) in Placed)
        {
            var ukrainian = title is "K" or "N";
            await kit.CreateOfferingAsync(kit.NewDraft(title: title) with
            {
                Latitude = Here.Latitude + north, Longitude = Here.Longitude + east / squeeze,
                Languages = ukrainian ? ["de", "uk"] : ["de"],
                Category = ukrainian ? OfferingCategory.Nutrition : OfferingCategory.Exercise,
            });
        }
        // Later sessions: the order of offerings without a position is then fixed by their dates, not by their ids.
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Ohne Ort 1"));
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Ohne Ort 2") with
        {
            Sessions = [new(Common.BerlinTime.LocalDate(kit.Clock.GetUtcNow()).AddDays(9), new TimeOnly(10, 0), new TimeOnly(11, 0))],
        });
        return kit;
    }

    private static async Task<List<string>> AllPagesAsync(OfferingTestKit kit, int size, string? preferLanguage)
    {
        var titles = new List<string>();
        for (var number = 1; ; number++)
        {
            var page = await SearchAsync(kit, new() { Page = number, PageSize = size, PreferLanguage = preferLanguage });
            Assert.Equal(Placed.Length + 2, page.Total);
            if (page.Items.Count == 0)
            {
                return titles;
            }
            titles.AddRange(page.Items.Select(o => o.Title));
        }
    }

    private static Task<CataloguePage> SearchAsync(OfferingTestKit kit, CatalogueQuery query) =>
        kit.WithAsync(s => s.GetRequiredService<OfferingCatalogue>().SearchAsync(
            query with { SiteId = kit.Site.Id, Sort = CatalogueSort.Distance, Near = Here }, CancellationToken.None));
}
