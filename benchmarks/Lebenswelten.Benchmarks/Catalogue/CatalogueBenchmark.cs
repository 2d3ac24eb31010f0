using System.Runtime.InteropServices;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>OfferingCatalogue.SearchAsync on a catalogue of many published offerings, timed against a lookup by id.</summary>
public static class CatalogueBenchmark
{
    public static async Task RunAsync(BenchmarkOptions options)
    {
        Console.WriteLine($"# Catalogue benchmark, {options.Warmup} warm-up + {options.Runs} measured rounds");
        Console.WriteLine($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        if (!options.SkipSqlite)
        {
            await RunAsync(DatabaseProvider.Sqlite, options);
        }
        if (options.Postgres)
        {
            await RunAsync(DatabaseProvider.Postgres, options);
        }
    }

    private static async Task RunAsync(DatabaseProvider provider, BenchmarkOptions options)
    {
        var now = TimeProvider.System.GetUtcNow();
        Console.WriteLine();
        BenchmarkDatabase? opened = null;
        IReadOnlyList<SeedSite> sites = [];
        if (options.Reuse is { } reuse)
        {
            opened = BenchmarkDatabase.Open(provider, reuse);
            sites = await CatalogueSeeder.LoadAsync(opened);
            Console.WriteLine($"## {provider} ({await Sql.VersionAsync(opened)}), reusing {reuse}");
        }
        else
        {
            var migrate = await Harness.TimeAsync(async () => opened = await BenchmarkDatabase.CreateAsync(provider));
            var seed = await Harness.TimeAsync(async () => sites = await CatalogueSeeder.SeedAsync(opened!, options.Offerings, now));
            // Autovacuum would vacuum and analyse the new rows within minutes; the app never runs ANALYZE on SQLite.
            var vacuum = provider == DatabaseProvider.Postgres
                ? await Harness.TimeAsync(() => Sql.ExecuteAsync(opened!, "VACUUM (ANALYZE)")) : TimeSpan.Zero;
            Console.WriteLine($"## {provider} ({await Sql.VersionAsync(opened!)})");
            Console.WriteLine($"migrate {migrate.TotalSeconds:N1} s, seed {seed.TotalSeconds:N1} s" +
                (provider == DatabaseProvider.Postgres ? $", VACUUM (ANALYZE) {vacuum.TotalSeconds:N1} s" : ""));
        }
        await using var database = opened!;
        database.Keep |= options.Keep;
        Console.WriteLine(await Sql.DescribeAsync(database));

        var queries = CatalogueScenarios.For(sites, now);
        var measurements = await Harness.MeasureAsync(Scenarios(database, queries, await Sql.MiddleIdAsync(database)),
            options.Warmup, options.Runs, CancellationToken.None);
        ResultTable.Print(measurements);
        Console.WriteLine($"\nLoad average while measuring (other work on this machine): {Sql.LoadAverage()}");
        if (options.Plans)
        {
            await PrintPlansAsync(database, provider, queries);
        }
        if (database.Keep)
        {
            Console.WriteLine($"Kept the database: {database.Location}");
        }
    }

    private static List<Scenario> Scenarios(BenchmarkDatabase database, IReadOnlyList<(string Name, CatalogueQuery Query)> queries, Guid id) =>
    [
        new(CatalogueScenarios.Baseline, async ct =>
        {
            await using var db = database.CreateContext();
            return await new OfferingCatalogue(db, TimeProvider.System).FindPublicAsync(id, ct) is null ? 0 : 1;
        }),
        .. queries.Select(q => new Scenario(q.Name, async ct =>
        {
            await using var db = database.CreateContext();
            var page = await new OfferingCatalogue(db, TimeProvider.System).SearchAsync(q.Query, ct);
            return page.Items.Count == 0 ? 0 : page.Total;
        })),
    ];

    private static async Task PrintPlansAsync(BenchmarkDatabase database, DatabaseProvider provider,
        IReadOnlyList<(string Name, CatalogueQuery Query)> queries)
    {
        var recorder = new QueryPlanRecorder(provider == DatabaseProvider.Postgres);
        foreach (var (name, query) in queries)
        {
            await using var db = database.CreateContext(recorder);
            await new OfferingCatalogue(db, TimeProvider.System).SearchAsync(query, CancellationToken.None);
            Console.WriteLine($"\n### Plan: {name} ({provider})\n```\n{recorder.TakePlans().TrimEnd()}\n```");
        }
    }
}
