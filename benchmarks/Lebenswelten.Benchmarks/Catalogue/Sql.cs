using Lebenswelten.Benchmarks.Infrastructure;

namespace Lebenswelten.Benchmarks.Catalogue;

/// <summary>Small questions to the database around the measurement.</summary>
internal static class Sql
{
    public static async Task ExecuteAsync(BenchmarkDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public static async Task<string> VersionAsync(BenchmarkDatabase database)
    {
        await using var db = database.CreateContext();
        var sql = database.Settings.Provider == DatabaseProvider.Sqlite
            ? "SELECT 'SQLite ' || sqlite_version() AS \"Value\"" : "SELECT split_part(version(), ' on ', 1) AS \"Value\"";
        return await db.Database.SqlQueryRaw<string>(sql).SingleAsync();
    }

    public static async Task<string> DescribeAsync(BenchmarkDatabase database)
    {
        await using var db = database.CreateContext();
        var size = database.Settings.Provider == DatabaseProvider.Sqlite
            ? new FileInfo(database.Location).Length
            : await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
        return $"{await db.Offerings.CountAsync():N0} offerings, {await db.OfferingSessions.CountAsync():N0} sessions, " +
            $"{size / 1024.0 / 1024.0:N0} MB on disk";
    }

    /// <summary>An offering from the middle of the table, so the lookup by id is no luckier than any other.</summary>
    public static async Task<Guid> MiddleIdAsync(BenchmarkDatabase database)
    {
        await using var db = database.CreateContext();
        var count = await db.Offerings.CountAsync();
        return await db.Offerings.OrderBy(o => o.Id).Skip(count / 2).Select(o => o.Id).FirstAsync();
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
