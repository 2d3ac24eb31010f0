using System.Diagnostics;
using Lebenswelten.Core.Offerings;
using Npgsql;
using NpgsqlTypes;

namespace Lebenswelten.Benchmarks.Reach;

/// <summary>
/// Loads registrations and their attendance with binary COPY into the real, logged tables (durable, as in production),
/// the way a bulk import is done: secondary indexes and foreign keys off during the load, built again after it in one
/// pass each (the primary keys stay; the ids arrive in order). Returns the seconds of each phase.
/// </summary>
internal static class RegistrationLoad
{
    private static readonly string[] Tables = ["Registrations", "Attendances"];

    public sealed record Timing(double DropSeconds, double CopySeconds, double IndexSeconds, double AnalyzeSeconds);

    public static async Task<Timing> RunAsync(string connectionString, IEnumerable<SeedRegistration> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        var indexes = await ListAsync(connection, """
            SELECT format('DROP INDEX %I', indexname), indexdef FROM pg_indexes i
            WHERE schemaname = 'public' AND tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """);
        var foreignKeys = await ListAsync(connection, """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(@quoted)
            """);
        foreach (var (drop, _) in foreignKeys.Concat(indexes))
        {
            await ExecuteAsync(connection, drop);
        }
        var dropped = watch.Elapsed.TotalSeconds;

        watch.Restart();
        var attendances = new List<SeedRegistration>();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "Registrations" ("Id", "OfferingId", "Name", "Email", "NormalizedEmail", "PostalCode", "BirthYear", "Sex",
              "Language", "Status", "Sequence", "CreatedAt", "EmailConfirmedAt", "ConfirmedAt", "CancelledAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in rows)
            {
                var email = $"p{r.Person}@reach.example";
                await writer.StartRowAsync();
                await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.OfferingId, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"Teilnehmende {r.Person}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(email, NpgsqlDbType.Varchar);
                await writer.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, r.PostalCode, NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, r.BirthYear, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, r.Sex?.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync("de", NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(r.Sequence, NpgsqlDbType.Bigint);
                await writer.WriteAsync(r.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(r.CreatedAt.AddMinutes(5), NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, r.Status == RegistrationStatus.Confirmed ? r.CreatedAt.AddMinutes(5) : (DateTimeOffset?)null,
                    NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, r.Status == RegistrationStatus.Cancelled ? r.CreatedAt.AddDays(3) : (DateTimeOffset?)null,
                    NpgsqlDbType.TimestampTz);
                if (r.AttendedSession is not null)
                {
                    attendances.Add(r);
                }
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY "Attendances" ("RegistrationId", "SessionId", "Present", "RecordedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in attendances)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(r.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.AttendedSession!.Value, NpgsqlDbType.Uuid);
                await writer.WriteAsync(r.Present, NpgsqlDbType.Boolean);
                await writer.WriteAsync(r.CreatedAt.AddDays(7), NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        var copied = watch.Elapsed.TotalSeconds;

        watch.Restart();
        await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'");
        foreach (var (_, create) in indexes.Concat(foreignKeys))
        {
            await ExecuteAsync(connection, create);
        }
        var indexed = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await ExecuteAsync(connection, """VACUUM (ANALYZE) "Registrations", "Attendances" """);
        return new Timing(dropped, copied, indexed, watch.Elapsed.TotalSeconds);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct =>
        value is { } v ? writer.WriteAsync(v, type) : writer.WriteNullAsync();

    private static async Task<List<(string Drop, string Create)>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", Tables);
        command.Parameters.AddWithValue("quoted", Tables.Select(t => $"\"{t}\"").ToArray());
        var list = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }
        return list;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
