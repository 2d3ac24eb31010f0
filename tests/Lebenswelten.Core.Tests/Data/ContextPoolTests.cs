using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Data;

/// <summary>The context is pooled (issue 21): what one request leaves in it must not reach the next.</summary>
public sealed class ContextPoolTests
{
    [Theory, BothProviders]
    public async Task A_context_comes_back_from_the_pool_without_what_the_last_use_case_left_in_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = CoreServices.For(database);
        LebensweltenDbContext first;
        using (var scope = services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
            await using var transaction = await first.Database.BeginTransactionAsync();
            first.Database.AutoSavepointsEnabled = false;
            first.Sites.Add(new Site { Name = "Nie gespeichert", Slug = "nie-gespeichert", State = "Thüringen", Ags = "00000000" });
        }

        using var next = services.CreateScope();
        var again = next.ServiceProvider.GetRequiredService<LebensweltenDbContext>();

        Assert.Same(first, again);
        Assert.True(again.Database.AutoSavepointsEnabled);
        Assert.Null(again.Database.CurrentTransaction);
        Assert.Empty(again.ChangeTracker.Entries());
        Assert.False(await again.Sites.AnyAsync(s => s.Slug == "nie-gespeichert"));
    }
}
