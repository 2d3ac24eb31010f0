using Lebenswelten.Web.Features.Shared;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>
/// A burst that outruns the database (every pooled connection waiting on one busy offering) is answered 503 with
/// Retry-After, not 500; anything else stays a 500. The exceptions are the ones the providers throw.
/// </summary>
public sealed class OverloadTests
{
    [Fact]
    public void Pool_timeouts_lock_timeouts_and_a_busy_SQLite_count_as_overload()
    {
        Assert.True(ErrorHandling.IsOverloaded(new NpgsqlException("The connection pool has been exhausted", new TimeoutException())));
        Assert.True(ErrorHandling.IsOverloaded(new InvalidOperationException("wrapped", new TimeoutException())));
        Assert.True(ErrorHandling.IsOverloaded(new SqliteException("database is locked", 5)));
        Assert.True(ErrorHandling.IsOverloaded(new SqliteException("database table is locked", 6)));
    }

    [Fact]
    public void Programming_errors_and_other_database_errors_do_not()
    {
        Assert.False(ErrorHandling.IsOverloaded(new InvalidOperationException("bug")));
        Assert.False(ErrorHandling.IsOverloaded(new NpgsqlException("syntax error")));
        Assert.False(ErrorHandling.IsOverloaded(new SqliteException("constraint failed", 19)));
    }
}
