using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Organisations;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>
/// The five demo sites with their real districts, twenty-odd providers each, and many published offerings. With more
/// than five sites (the HTTP benchmark's 50, a state-wide installation) the others are copies of the demo sites under
/// numbered slugs, with the same districts and boundaries.
/// </summary>
internal static class CatalogueSeeder
{
    private const int BatchSize = 5_000;

    public static async Task<IReadOnlyList<SeedSite>> SeedAsync(BenchmarkDatabase database, int offerings, DateTimeOffset now,
        int siteCount = 5)
    {
        var sites = await AddSitesAsync(database, siteCount);
        var faker = new OfferingFaker(seed: 20_261_123, now);
        var random = new Random(7);
        for (var done = 0; done < offerings; done += BatchSize)
        {
            // A fresh context per batch keeps the change tracker small; nothing is edited, so no change detection.
            await using var db = database.CreateContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Offerings.AddRange(Enumerable.Range(0, Math.Min(BatchSize, offerings - done))
                .Select(_ => faker.Next(sites[random.Next(sites.Count)])).ToList());
            await db.SaveChangesAsync();
            Console.Error.Write($"\rseeded {Math.Min(done + BatchSize, offerings):N0} offerings");
        }
        Console.Error.WriteLine();
        return sites;
    }

    /// <summary>The sites and districts of a database seeded by an earlier run (--reuse), for the scenarios.</summary>
    public static async Task<IReadOnlyList<SeedSite>> LoadAsync(BenchmarkDatabase database)
    {
        await using var db = database.CreateContext();
        var districts = await db.Districts.AsNoTracking().ToListAsync();
        return (await db.Sites.AsNoTracking().ToListAsync())
            .Select(site => new SeedSite(site, districts.Where(d => d.SiteId == site.Id).ToList(), [], [])).ToList();
    }

    private static async Task<List<SeedSite>> AddSitesAsync(BenchmarkDatabase database, int siteCount)
    {
        await using var db = database.CreateContext();
        var postcodes = AllPostcodes();
        var sites = new List<SeedSite>();
        for (var i = 0; i < Math.Max(siteCount, 1); i++)
        {
            var demo = DemoSites.All[i % DemoSites.All.Count];
            var copy = i >= DemoSites.All.Count;
            var site = new Site
            {
                Slug = copy ? $"{demo.Slug}-{i + 1:00}" : demo.Slug, Name = copy ? $"{demo.Name} {i + 1}" : demo.Name,
                State = demo.State, Ags = demo.Ags,
            };
            var districts = DemoDistricts.For(demo.Slug, site.Id);
            var providers = demo.Organisations.Select(o => o.Name).Distinct()
                .Concat(SampleWords.ProviderKinds.SelectMany(kind => districts.Take(3).Select(d => $"{kind} {d.Name}")))
                .Select(name => new Organisation { SiteId = site.Id, Name = name, IsSampleData = true }).ToList();
            db.Sites.Add(site);
            db.Districts.AddRange(districts);
            db.Organisations.AddRange(providers);
            sites.Add(new SeedSite(site, districts, providers, postcodes.Where(p => p.City == demo.Name).ToList()));
        }
        await db.SaveChangesAsync();
        return sites;
    }

    /// <summary>The shipped centroids, read through the same lookup the catalogue uses for "near my postcode".</summary>
    internal static List<PostcodeCentroid> AllPostcodes()
    {
        using var stream = typeof(PostcodeCentroids).Assembly.GetManifestResourceStream(PostcodeCentroids.ResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Skip(1).Select(line => PostcodeCentroids.Find(line.Split(';')[0]))
            .OfType<PostcodeCentroid>().ToList();
    }
}
