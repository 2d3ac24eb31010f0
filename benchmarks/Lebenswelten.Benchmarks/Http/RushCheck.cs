using Npgsql;

namespace Lebenswelten.Benchmarks.Http;

/// <summary>
/// After the rush, the database must agree with the answers: confirmed places within capacity (also the offering's own
/// counter), waiting-list numbers distinct, one outbox mail per registration, and every registration answered 201 stored.
/// </summary>
internal static class RushCheck
{
    public sealed record Findings(bool Passed, string Summary);

    public static async Task<Findings> RunAsync(string database, Guid[] offerings, int answered201, IReadOnlyList<Guid> accepted)
    {
        var server = new NpgsqlConnectionStringBuilder(Infrastructure.BenchmarkDatabase.PostgresServer()) { Database = database };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        var overbooked = await ScalarAsync(connection, """
            SELECT count(*) FROM "Offerings" o WHERE o."Id" = ANY(@offerings) AND (o."TakenPlaces" > o."Capacity"
              OR (SELECT count(*) FROM "Registrations" r WHERE r."OfferingId" = o."Id" AND r."Status" = 'Confirmed') > o."Capacity")
            """, offerings);
        var stored = await ScalarAsync(connection, """SELECT count(*) FROM "Registrations" WHERE "OfferingId" = ANY(@offerings)""", offerings);
        var confirmed = await ScalarAsync(connection,
            """SELECT count(*) FROM "Registrations" WHERE "OfferingId" = ANY(@offerings) AND "Status" = 'Confirmed'""", offerings);
        var sameNumber = await ScalarAsync(connection, """
            SELECT count(*) FROM (SELECT 1 FROM "Registrations" WHERE "OfferingId" = ANY(@offerings)
              GROUP BY "OfferingId", "Sequence" HAVING count(*) > 1) twice
            """, offerings);
        var mails = await ScalarAsync(connection, """
            SELECT count(*) FROM "OutboxMessages" m WHERE m."To" IN
              (SELECT "Email" FROM "Registrations" WHERE "OfferingId" = ANY(@offerings))
            """, offerings);
        var lost = accepted.Count == 0 ? 0 : await ScalarAsync(connection, """
            SELECT count(*) FROM unnest(@accepted) a(id) WHERE NOT EXISTS (SELECT 1 FROM "Registrations" r WHERE r."Id" = a.id)
            """, offerings, accepted.ToArray());
        var passed = overbooked == 0 && sameNumber == 0 && lost == 0 && mails == stored && stored >= answered201;
        return new Findings(passed,
            $"{(passed ? "ok" : "FAILED")}: {stored} stored ({confirmed} confirmed), {overbooked} overbooked, " +
            $"{sameNumber} numbers twice, {mails} mails, {lost} of {accepted.Count} answered 201 lost");
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, Guid[] offerings, Guid[]? accepted = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("offerings", offerings);
        if (accepted is not null)
        {
            command.Parameters.AddWithValue("accepted", accepted);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
