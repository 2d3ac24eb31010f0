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
        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
#pragma warning disable EF1002 // The table name comes from the model, never from input; the id is a parameter.
        await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM \"{table}\" WHERE \"Id\" = {{0}} FOR UPDATE", [id], ct);
#pragma warning restore EF1002
    }
}
