using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [BothProviders]
    public async Task Migrations_of_each_provider_build_exactly_the_current_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes without a {provider} migration: run dotnet ef migrations add for both providers.");
    }
}
