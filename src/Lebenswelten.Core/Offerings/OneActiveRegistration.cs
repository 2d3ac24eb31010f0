using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// One active registration per address and per account for each offering, kept by two partial unique indexes
/// (<see cref="OfferingConfiguration"/>). A guest's registration is not looked up first: the index refuses a second one
/// when it is saved, which spares every registration of a rush one query under the offering's lock (issue 21).
/// </summary>
internal static class OneActiveRegistration
{
    public const string PerEmail = "IX_Registrations_OneActivePerEmail";
    public const string PerAccount = "IX_Registrations_OneActivePerAccount";

    /// <summary>Whether the database refused the write as a second active registration of the same person.</summary>
    public static bool IsBrokenBy(DbUpdateException error) => error.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation
            && postgres.ConstraintName is PerEmail or PerAccount,
        // SQLite names the columns, not the index: "UNIQUE constraint failed: Registrations.OfferingId, Registrations.UserId".
        SqliteException sqlite => sqlite.SqliteErrorCode == 19
            && (sqlite.Message.Contains("Registrations.NormalizedEmail", StringComparison.Ordinal)
                || sqlite.Message.Contains("Registrations.UserId", StringComparison.Ordinal)),
        _ => false,
    };
}
