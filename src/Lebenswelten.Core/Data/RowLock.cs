namespace Lebenswelten.Core.Data;

/// <summary>
/// Locks one row until the transaction ends. PostgreSQL: SELECT … FOR UPDATE. SQLite has no row locks; there the
/// caller's transaction (BEGIN IMMEDIATE, the Microsoft.Data.Sqlite default) already serialises all writers.
/// </summary>
internal static class RowLock
{
    public static async Task ForUpdateAsync<TEntity>(LebensweltenDbContext db, Guid id, CancellationToken ct) where TEntity : class
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
#pragma warning disable EF1002 // The table name comes from the model, never from input; the id is a parameter.
        await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM \"{TableOf<TEntity>(db)}\" WHERE \"Id\" = {{0}} FOR UPDATE", [id], ct);
#pragma warning restore EF1002
    }

    /// <summary>
    /// The entity set to read the row from in the same statement that locks it (PostgreSQL: the FOR UPDATE select as the
    /// query's source, which returns the row as the last holder of the lock committed it): one round trip instead of two.
    /// The caller still filters by the id, so that on SQLite the plain set reads the same row.
    /// </summary>
#pragma warning disable EF1002 // As above.
    public static IQueryable<TEntity> Locking<TEntity>(LebensweltenDbContext db, Guid id) where TEntity : class =>
        db.Database.IsNpgsql()
            ? db.Set<TEntity>().FromSqlRaw($"SELECT * FROM \"{TableOf<TEntity>(db)}\" WHERE \"Id\" = {{0}} FOR UPDATE", id)
            : db.Set<TEntity>();
#pragma warning restore EF1002

    private static string TableOf<TEntity>(LebensweltenDbContext db) =>
        db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
}
