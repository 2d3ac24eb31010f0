using System.Globalization;
using Lebenswelten.Benchmarks.Catalogue;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Benchmarks.Http;

/// <summary>
/// Step 1 of benchmarks/run.sh: a new PostgreSQL database with the catalogue (fixed seed, many sites) and, per round of
/// the registration rush, ten empty offerings with 20 places. Writes what the later steps need into a folder:
/// <c>seed.env</c> (shell variables) and <c>catalogue.tsv</c> (name and path of each HTTP search).
/// </summary>
internal static class HttpSeeder
{
    public const int RushOfferings = 10;
    public const int RushCapacity = 20;

    public static async Task<int> RunAsync(Arguments args)
    {
        var folder = args.Text("out");
        var offerings = args.Number("offerings", 200_000);
        var siteCount = args.Number("sites", 50);
        var rounds = args.Number("rush-rounds", 3);
        var now = TimeProvider.System.GetUtcNow();

        var database = await BenchmarkDatabase.CreateAsync(DatabaseProvider.Postgres);
        database.Keep = true;
        await using (database)
        {
            var seed = await Harness.TimeAsync(async () =>
            {
                var sites = await CatalogueSeeder.SeedAsync(database, offerings, now, siteCount);
                var env = new List<string> { $"SEED_DATABASE={database.Location}" };
                for (var round = 0; round < rounds; round++)
                {
                    env.Add($"RUSH_ROUND_{round}={string.Join(',', await AddRushOfferingsAsync(database, sites[0], round, now))}");
                }
                await File.WriteAllLinesAsync(Path.Combine(folder, "seed.env"), env);
                await File.WriteAllLinesAsync(Path.Combine(folder, "catalogue.tsv"),
                    HttpScenarios.For(sites, now).Select(s => $"{s.Name}\t{s.Path}"));
            });
            var vacuum = await Harness.TimeAsync(() => Sql.ExecuteAsync(database, "VACUUM (ANALYZE)"));
            Console.Error.WriteLine($"seeded {database.Location}: {await Sql.DescribeAsync(database)}, {siteCount} sites, " +
                $"{seed.TotalSeconds:N0} s + VACUUM (ANALYZE) {vacuum.TotalSeconds:N0} s");
        }
        return 0;
    }

    /// <summary>Ten published offerings with 20 places, nobody registered yet, the waiting list moving up by itself.</summary>
    private static async Task<List<Guid>> AddRushOfferingsAsync(BenchmarkDatabase database, SeedSite site, int round,
        DateTimeOffset now)
    {
        var faker = new OfferingFaker(seed: 21 + round, now);
        var rush = Enumerable.Range(1, RushOfferings).Select(i =>
        {
            var offering = faker.Next(site, fill: false);
            offering.Title = string.Create(CultureInfo.InvariantCulture, $"Ansturm {round + 1}.{i}: {offering.Title}");
            offering.Capacity = RushCapacity;
            offering.WaitingListMode = WaitingListMode.ConfirmNext;
            return offering;
        }).ToList();
        await using var db = database.CreateContext();
        db.Offerings.AddRange(rush);
        await db.SaveChangesAsync();
        return rush.Select(o => o.Id).ToList();
    }
}
