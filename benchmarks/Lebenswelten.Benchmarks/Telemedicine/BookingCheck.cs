using Npgsql;

namespace Lebenswelten.Benchmarks.Telemedicine;

/// <summary>
/// After the booking, the database must agree with the answers: no practice slot booked twice, no room holding two
/// bookings that overlap (with the buffer), every appointment answered 201 stored as booked with its confirmation mail,
/// and each contested slot booked exactly once.
/// </summary>
internal static class BookingCheck
{
    public sealed record Findings(bool Passed, string Summary);

    public static async Task<Findings> RunAsync(string database, IReadOnlyList<Guid> accepted, IReadOnlyList<string> contestedSlots)
    {
        var server = new NpgsqlConnectionStringBuilder(Infrastructure.BenchmarkDatabase.PostgresServer()) { Database = database };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        var ids = accepted.ToArray();
        var slotTwice = await ScalarAsync(connection, """
            SELECT count(*) FROM (SELECT 1 FROM "TelemedicineAppointments" WHERE "Status" = 'Booked'
              GROUP BY "ScheduleId", "StartsAt" HAVING count(*) > 1) twice
            """, ids);
        var roomOverlap = await ScalarAsync(connection, """
            SELECT count(*) FROM "TelemedicineAppointments" a JOIN "TelemedicineAppointments" b
              ON b."RoomId" = a."RoomId" AND b."Id" <> a."Id" AND b."Status" = 'Booked'
              AND b."StartsAt" < a."RoomBlockedUntil" AND a."StartsAt" < b."RoomBlockedUntil"
            WHERE a."Id" = ANY(@ids) AND a."Status" = 'Booked'
            """, ids);
        var stored = await ScalarAsync(connection,
            """SELECT count(*) FROM "TelemedicineAppointments" WHERE "Id" = ANY(@ids) AND "Status" = 'Booked'""", ids);
        var mails = await ScalarAsync(connection, """
            SELECT count(DISTINCT a."Id") FROM "TelemedicineAppointments" a JOIN "OutboxMessages" m ON m."To" = a."Email"
            WHERE a."Id" = ANY(@ids)
            """, ids);
        // A contested slot's id is "<schedule N>-<yyyyMMddHHmm UTC>".
        var contestedBooked = 0L;
        foreach (var slot in contestedSlots)
        {
            await using var command = new NpgsqlCommand("""
                SELECT count(*) FROM "TelemedicineAppointments" WHERE "Status" = 'Booked' AND "ScheduleId" = @schedule AND "StartsAt" = @start
                """, connection);
            command.Parameters.AddWithValue("schedule", Guid.ParseExact(slot[..32], "N"));
            command.Parameters.AddWithValue("start", new DateTimeOffset(DateTime.ParseExact(slot[33..], "yyyyMMddHHmm",
                System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal
                | System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.Zero));
            contestedBooked += (long)(await command.ExecuteScalarAsync())! == 1 ? 1 : 0;
        }
        var passed = slotTwice == 0 && roomOverlap == 0 && stored == ids.Length && mails == ids.Length
            && contestedBooked == contestedSlots.Count;
        return new Findings(passed,
            $"{(passed ? "ok" : "FAILED")}: {stored} of {ids.Length} answered 201 stored, {mails} mails, {slotTwice} slots booked twice, " +
            $"{roomOverlap} room overlaps, {contestedBooked} of {contestedSlots.Count} contested slots booked once");
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, Guid[] ids)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
