using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database of its own for one test (or one test host): a temporary SQLite file, or a new
/// database on the throwaway PostgreSQL 15 that scripts/test.sh starts (LEBENSWELTEN_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LEBENSWELTEN_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresName)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
    }

    public DatabaseSettings Settings { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = provider switch
        {
            DatabaseProvider.Sqlite => CreateSqlite(),
            DatabaseProvider.Postgres => await CreatePostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        if (migrate)
        {
            await using var db = database.CreateContext();
            await db.Database.MigrateAsync();
        }
        return database;
    }

    public LebensweltenDbContext CreateContext() => DatabaseModule.CreateDbContext(Settings);

    /// <summary>The server's connection string, or a skip (a failure under CI, where PostgreSQL must be there).</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }
        if (Environment.GetEnvironmentVariable("CI") is "true" or "1")
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set; run the tests through scripts/test.sh.");
        }
        Assert.Skip($"PostgreSQL not configured ({PostgresVariable}); scripts/test.sh starts one.");
        return "";
    }

    private static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lebenswelten-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}", true), file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer());
        var name = $"lw_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        server.Database = name;
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, server.ConnectionString, true), null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
