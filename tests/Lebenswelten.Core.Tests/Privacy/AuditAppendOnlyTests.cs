using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Privacy;

/// <summary>The database itself refuses to change or remove audit lines, whatever the app (or an attacker in it) sends.</summary>
public sealed class AuditAppendOnlyTests
{
    [Theory]
    [BothProviders]
    public async Task Raw_sql_cannot_update_an_audit_line(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var id = await AddLineAsync(db);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"DataKind\" = 'Verwischt' WHERE \"Id\" = {id}"));

        Assert.Equal("Offering.Participants", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id)).DataKind);
    }

    [Fact]
    public async Task On_postgres_raw_sql_cannot_delete_or_truncate_audit_lines()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.CreateContext();
        var id = await AddLineAsync(db);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {id}"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlRawAsync("TRUNCATE \"AuditEntries\""));

        Assert.True(await db.AuditEntries.AnyAsync(e => e.Id == id));
    }

    [Fact]
    public async Task On_postgres_the_retention_job_deletes_inside_a_transaction_that_says_so()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = database.CreateContext();
        var id = await AddLineAsync(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lebenswelten.audit_retention = 'on'");
            Assert.Equal(1, await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {id}"));
            await transaction.CommitAsync();
        }

        Assert.False(await db.AuditEntries.AnyAsync(e => e.Id == id));
        // SET LOCAL ends with its transaction: the next delete is refused again.
        var next = await AddLineAsync(db);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {next}"));
    }

    private static async Task<long> AddLineAsync(LebensweltenDbContext db)
    {
        var entry = new AuditEntry { At = DateTimeOffset.UtcNow, Action = AuditAction.Read, DataKind = "Offering.Participants" };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return entry.Id;
    }
}
