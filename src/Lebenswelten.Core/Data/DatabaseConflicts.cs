using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Core.Data;

/// <summary>
/// A write the database refused for a unique index or an exclusion constraint: someone else was first. One place that
/// knows how each provider says so, for the use cases that let the database decide a race (bookings, registrations).
/// </summary>
internal static class DatabaseConflicts
{
    /// <summary>
    /// Saves the context's changes; false if the database refused them as a conflict <paramref name="counts"/> accepts.
    /// Nothing of the attempt then stays tracked for a later save, and the caller's transaction rolls back when disposed.
    /// </summary>
    public static async Task<bool> TrySaveAsync(LebensweltenDbContext db, Func<DbUpdateException, bool> counts, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (counts(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public static bool IsConstraint(DbUpdateException error) => Refusal(error) is not null;

    /// <summary>
    /// What the database named when it refused the write for a unique index or exclusion constraint, null for any other
    /// error. PostgreSQL names the index; SQLite names the columns ("UNIQUE constraint failed: Registrations.OfferingId,
    /// Registrations.UserId") in its message.
    /// </summary>
    public static string? Refusal(DbUpdateException error) => error.InnerException switch
    {
        PostgresException postgres when postgres.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation
            => postgres.ConstraintName ?? "",
        // SQLITE_CONSTRAINT: the callers' rows can break no other constraint than their unique indexes.
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message,
        _ => null,
    };
}
