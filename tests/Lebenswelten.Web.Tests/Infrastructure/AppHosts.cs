using System.Collections.Concurrent;
using Lebenswelten.Core.Data;

[assembly: AssemblyFixture(typeof(Lebenswelten.Web.Tests.Infrastructure.AppHosts))]

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>
/// One running app per provider for the whole test assembly: seeding the demo accounts hashes 36 passwords,
/// so tests share the host and each test creates or reads only what it names.
/// </summary>
public sealed class AppHosts : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<AppHost>>> _hosts = new();

    public Task<AppHost> Get(DatabaseProvider provider) =>
        _hosts.GetOrAdd(provider, p => new Lazy<Task<AppHost>>(() => AppHost.StartAsync(p))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated))
        {
            if (host.Value.IsCompletedSuccessfully)
            {
                await host.Value.Result.DisposeAsync();
            }
        }
    }
}
