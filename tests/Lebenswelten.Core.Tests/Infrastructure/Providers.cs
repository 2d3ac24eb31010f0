using Lebenswelten.Core.Data;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>Every database test is a theory over both providers: the embedded default and PostgreSQL.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);
}
