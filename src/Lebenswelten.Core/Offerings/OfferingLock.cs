using Microsoft.EntityFrameworkCore.Storage;

namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Every change to an offering's places happens inside one transaction that holds the offering's lock,
/// so that capacity is exact however many requests arrive at once (pretix's quota lock, one per offering).
/// PostgreSQL: a row lock (SELECT … FOR UPDATE). SQLite: the transaction begins IMMEDIATE, which
/// serialises all writers of the database file.
/// </summary>
internal static class OfferingLock
{
    /// <remarks>
    /// Without automatic savepoints: inside a transaction EF Core wraps every SaveChanges in SAVEPOINT … RELEASE, two
    /// round trips that only help a caller who catches a failed write and goes on in the same transaction. Nothing under
    /// this lock does: a failed write ends the use case and the transaction rolls back (issue 21, benchmark 1). The
    /// setting stays with the context for the rest of its use; EF Core resets it when the pooled context is returned.
    /// </remarks>
    public static async Task<IDbContextTransaction> BeginAsync(LebensweltenDbContext db, CancellationToken ct)
    {
        db.Database.AutoSavepointsEnabled = false;
        return await db.Database.BeginTransactionAsync(ct);
    }

    /// <summary>Locks the offering and reads it, with its provider and sessions, in one statement.</summary>
    public static Task<Offering?> LockAsync(LebensweltenDbContext db, Guid offeringId, CancellationToken ct) =>
        RowLock.Locking<Offering>(db, offeringId).Include(o => o.Organisation).Include(o => o.Sessions)
            .SingleOrDefaultAsync(o => o.Id == offeringId, ct);
}
