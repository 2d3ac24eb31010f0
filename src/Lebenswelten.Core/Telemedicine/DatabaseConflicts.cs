using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Core.Telemedicine;

/// <summary>A write the database refused for a unique index or an exclusion constraint: someone else was first.</summary>
internal static class DatabaseConflicts
{
    public static bool IsConstraint(DbUpdateException error) => error.InnerException switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation,
        // SQLITE_CONSTRAINT: unique indexes are the only constraints these rows can break.
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };
}
