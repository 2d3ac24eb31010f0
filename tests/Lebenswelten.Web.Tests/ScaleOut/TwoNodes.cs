using Lebenswelten.Core.Offerings;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.ScaleOut;

/// <summary>
/// Two nodes of one installation, as behind a load balancer (issue 21): each its own Kestrel port, process state and
/// data-protection key cache, both on one PostgreSQL database. The schedulers stay off (a disposed host's scheduler
/// breaks Quartz's logging in the shared hosts); the tests run each node's jobs themselves, at the same moment, which
/// is the worst a pair of schedulers can do.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> NoScheduler = new() { ["Quartz:Enabled"] = "false" };

    public AppHost A { get; private set; } = null!;
    public AppHost B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        A = await AppHost.StartAsync(DatabaseProvider.Postgres, NoScheduler);
        B = AppHost.StartNodeAsync(A);
    }

    /// <summary>Runs a use case on both nodes at once, each with its own scope (its own DbContext and connection).</summary>
    public async Task<T[]> OnBothAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        async Task<T> On(AppHost node)
        {
            await using var scope = node.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<TService>());
        }
        return await Task.WhenAll(On(A), On(B));
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
