using System.Globalization;
using Lebenswelten.Benchmarks.Http;
using Lebenswelten.Benchmarks.Infrastructure;
using Lebenswelten.Core.Evaluation;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Benchmarks.Reach;

/// <summary>
/// Step "reach-refresh" of benchmarks/reach.sh: counts every site again exactly as the hourly job does
/// (<see cref="EvaluationRefreshJob"/> → <see cref="ReachRefresh.RefreshAllAsync"/>, in process, one transaction per site),
/// then times the reads the two dashboards make, in process, with a fresh context each as a request has. Prints one
/// tab-separated line: refresh seconds, reach cells, median and p95 ms of the site reads and of the comparison's reads.
/// </summary>
internal static class ReachInProcess
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var database = BenchmarkDatabase.Open(DatabaseProvider.Postgres, args.Text("database"));
        var siteSlug = args.Text("site");
        var from = DateOnly.ParseExact(args.Text("from") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(args.Text("to") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var runs = args.Number("runs", 10);
        await using (database)
        {
            var refresh = await Harness.TimeAsync(async () =>
            {
                await using var db = database.CreateContext();
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                await new ReachRefresh(db, new ConsultationRefresh(db, TimeProvider.System), new EvaluationAccess(db))
                    .RefreshAllAsync(CancellationToken.None);
            });
            Guid siteId;
            string userId;
            long cells;
            await using (var db = database.CreateContext())
            {
                siteId = await db.Sites.Where(s => s.Slug == siteSlug).Select(s => s.Id).SingleAsync();
                userId = await db.Users.Where(u => u.NormalizedUserName == ReachSeeder.EvaluatorEmail.ToUpperInvariant())
                    .Select(u => u.Id).SingleAsync();
                cells = await db.ReachFacts.LongCountAsync();
            }
            // The groupings of the dashboards (Web's ReachTables): the overview and six tables of a site, the equity table's
            // districts, each read on its own; the comparison's three tables (the first is also its overview), read at once.
            ReachDimension[][] site = [[], [ReachDimension.District], [ReachDimension.AgeBand, ReachDimension.Sex],
                [ReachDimension.Category], [ReachDimension.TargetGroup], [ReachDimension.Month], [ReachDimension.Project],
                [ReachDimension.District]];
            ReachDimension[][] across = [[ReachDimension.Site], [ReachDimension.Site, ReachDimension.Quarter],
                [ReachDimension.Site, ReachDimension.Category]];
            var measured = await Harness.MeasureAsync(
            [
                new Scenario("site dashboard's reach reads", ct => ReadAsync(database, userId, site,
                    async (report, query) => (await report.ForSiteAsync(siteId, query, userId, ct)).Value is { } t ? [t] : null, from, to)),
                new Scenario("comparison's reach reads", ct => ReadAsync(database, userId, [[]],
                    async (report, query) => (await report.AcrossSitesAsync(query, across, userId, ct)).Value, from, to)),
            ], warmup: 2, runs, CancellationToken.None);
            Console.WriteLine(string.Join('\t', refresh.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture), cells,
                measured[0].MedianMs.ToString("F1", CultureInfo.InvariantCulture), measured[0].P95Ms.ToString("F1", CultureInfo.InvariantCulture),
                measured[1].MedianMs.ToString("F1", CultureInfo.InvariantCulture), measured[1].P95Ms.ToString("F1", CultureInfo.InvariantCulture),
                measured[0].Matches, measured[1].Matches));
        }
        return 0;
    }

    /// <summary>
    /// Each grouping in turn, one context for all as one page request has (a read may give several tables); returns the
    /// lines, so nothing empty looks fast.
    /// </summary>
    private static async Task<int> ReadAsync(BenchmarkDatabase database, string userId, ReachDimension[][] groupings,
        Func<ReachReport, ReachQuery, Task<IReadOnlyList<ReachTable>?>> read, DateOnly from, DateOnly to)
    {
        await using var db = database.CreateContext();
        var report = new ReachReport(db, new EvaluationAccess(db), Options.Create(new EvaluationSettings()));
        var lines = 0;
        foreach (var groupBy in groupings)
        {
            var tables = await read(report, new ReachQuery(from, to, groupBy))
                ?? throw new InvalidOperationException($"The evaluator {userId} may not read the figures.");
            lines += tables.Sum(t => t.Lines.Count + (t.Total.Registrations.Value is > 0 ? 0 : -1_000_000));
        }
        return lines;
    }
}
