using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Lebenswelten.Benchmarks;

public sealed record BenchmarkOptions
{
    public const string Usage =
        "usage: dotnet run -c Release --project benchmarks/Lebenswelten.Benchmarks -- catalogue " +
        "[--offerings 200000] [--postgres] [--skip-sqlite] [--runs 20] [--warmup 3] [--plans] [--keep] [--reuse FILE-OR-DATABASE]";

    public int Offerings { get; init; } = 200_000;
    /// <summary>Also run on PostgreSQL (a new database on the server in LEBENSWELTEN_TEST_POSTGRES).</summary>
    public bool Postgres { get; init; }
    public bool SkipSqlite { get; init; }
    public int Runs { get; init; } = 20;
    public int Warmup { get; init; } = 3;
    /// <summary>Print every scenario's query plans after measuring (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE).</summary>
    public bool Plans { get; init; }
    /// <summary>Leave the seeded database behind for a closer look.</summary>
    public bool Keep { get; init; }
    /// <summary>Measure a database an earlier --keep run left (a SQLite file, or a PostgreSQL database name), e.g. after adding an index.</summary>
    public string? Reuse { get; init; }

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchmarkOptions? options, out string error)
    {
        options = null;
        error = "";
        if (args is not ["catalogue", ..])
        {
            error = "Which benchmark? The only one so far is 'catalogue'.";
            return false;
        }
        var parsed = new BenchmarkOptions();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--postgres": parsed = parsed with { Postgres = true }; break;
                case "--skip-sqlite": parsed = parsed with { SkipSqlite = true }; break;
                case "--plans": parsed = parsed with { Plans = true }; break;
                case "--keep": parsed = parsed with { Keep = true }; break;
                case "--reuse" when i + 1 < args.Length: parsed = parsed with { Reuse = args[++i] }; break;
                case "--offerings" when Number(args, ++i, 1) is { } n: parsed = parsed with { Offerings = n }; break;
                case "--runs" when Number(args, ++i, 1) is { } n: parsed = parsed with { Runs = n }; break;
                case "--warmup" when Number(args, ++i, 0) is { } n: parsed = parsed with { Warmup = n }; break;
                default:
                    error = $"Unknown option or missing number at '{args[Math.Min(i, args.Length - 1)]}'.";
                    return false;
            }
        }
        if (parsed.SkipSqlite && !parsed.Postgres)
        {
            error = "--skip-sqlite leaves nothing to run without --postgres.";
            return false;
        }
        if (parsed.Reuse is not null && parsed.Postgres && !parsed.SkipSqlite)
        {
            error = "--reuse names one database: add --skip-sqlite to reuse a PostgreSQL one, or leave out --postgres.";
            return false;
        }
        options = parsed;
        return true;
    }

    private static int? Number(string[] args, int index, int minimum) =>
        index < args.Length && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n : null;
}
