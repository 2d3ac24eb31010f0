using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lebenswelten.Benchmarks.Infrastructure;

/// <summary>
/// Before each command EF sends, asks the database how it will run it, with the same parameters:
/// EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL (which runs the query once more).
/// </summary>
public sealed class QueryPlanRecorder(bool postgres) : DbCommandInterceptor
{
    private readonly StringBuilder _plans = new();

    public string TakePlans()
    {
        var plans = _plans.ToString();
        _plans.Clear();
        return plans;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        await RecordAsync(command, ct);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken ct = default)
    {
        await RecordAsync(command, ct);
        return result;
    }

    private async Task RecordAsync(DbCommand command, CancellationToken ct)
    {
        await using var explain = command.Connection!.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var copy = explain.CreateParameter();
            copy.ParameterName = parameter.ParameterName;
            copy.DbType = parameter.DbType;
            copy.Value = parameter.Value;
            explain.Parameters.Add(copy);
        }
        _plans.AppendLine(command.CommandText).AppendLine("--");
        await using var reader = await explain.ExecuteReaderAsync(ct);
        var depth = new Dictionary<long, int>();
        while (await reader.ReadAsync(ct))
        {
            if (postgres)
            {
                _plans.AppendLine(reader.GetString(0));
                continue;
            }
            // SQLite: id, parent, notused, detail; indent each step under its parent.
            var level = depth.TryGetValue(reader.GetInt64(1), out var parentLevel) ? parentLevel + 1 : 0;
            depth[reader.GetInt64(0)] = level;
            _plans.Append(' ', 2 * level).AppendLine(reader.GetString(3));
        }
        _plans.AppendLine();
    }
}
