using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Lebenswelten.Benchmarks.Infrastructure;

/// <summary>
/// A fresh, migrated database for one run: a SQLite file in the temp folder, or a new database on the
/// PostgreSQL server in LEBENSWELTEN_TEST_POSTGRES. It mirrors the test suite's TestDatabase, which cannot be
/// referenced: the xunit v3 package would turn this console program into a test project.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LEBENSWELTEN_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly DbContextOptions<LebensweltenDbContext> _options;

    private BenchmarkDatabase(DatabaseSettings settings, string? sqliteFile, string? postgresName)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        _options = Options(settings);
    }

    public DatabaseSettings Settings { get; }
    public bool Keep { get; set; }
    /// <summary>Where the data is: the SQLite file or the PostgreSQL database name.</summary>
    public string Location => _sqliteFile ?? _postgresName ?? "";

    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = provider == DatabaseProvider.Sqlite ? CreateSqlite() : await CreatePostgresAsync();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A database an earlier run kept; it is never deleted.</summary>
    public static BenchmarkDatabase Open(DatabaseProvider provider, string location)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return File.Exists(location)
                ? new BenchmarkDatabase(new DatabaseSettings(provider, $"Data Source={location}", false), location, null) { Keep = true }
                : throw new FileNotFoundException("No such SQLite database.", location);
        }
        var server = new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = location };
        return new BenchmarkDatabase(new DatabaseSettings(provider, server.ConnectionString, false), null, location) { Keep = true };
    }

    /// <summary>A context as a request gets one: the options (and so the model) are built once and shared.</summary>
    public LebensweltenDbContext CreateContext() => new(_options);

    public LebensweltenDbContext CreateContext(IInterceptor interceptor) => new(Options(Settings, interceptor));

    private static DbContextOptions<LebensweltenDbContext> Options(DatabaseSettings settings, params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<LebensweltenDbContext>();
        builder.UseLebenswelten(settings).AddInterceptors(interceptors);
        return builder.Options;
    }

    public static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set; start one with: eval \"$(scripts/start-postgres.sh 2>/dev/null)\"");

    private static BenchmarkDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lebenswelten-bench-{Guid.NewGuid():N}.db");
        return new BenchmarkDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file}", true), file, null);
    }

    private static async Task<BenchmarkDatabase> CreatePostgresAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer());
        var name = $"lw_bench_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        server.Database = name;
        return new BenchmarkDatabase(new DatabaseSettings(DatabaseProvider.Postgres, server.ConnectionString, true), null, name);
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (Keep)
        {
            return;
        }
        if (_sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        if (_postgresName is not null)
        {
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
    }
}
