using System.Collections.Concurrent;
using Lebenswelten.TestIdentityProvider;

[assembly: AssemblyFixture(typeof(Lebenswelten.Web.Tests.Infrastructure.AppHosts))]

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>
/// One running app per provider for the whole test assembly: seeding the demo accounts hashes 36 passwords,
/// so tests share the host and each test creates or reads only what it names. Both hosts log in through one
/// real OpenID Connect provider (<see cref="TestSingleSignOn"/>), started first.
/// </summary>
public sealed class AppHosts : IAsyncDisposable
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<AppHost>>> _hosts = new();
    private readonly Lazy<Task<TestIdentityProvider.TestIdentityProvider>> _identityProvider = new(TestSingleSignOn.StartProviderAsync);

    public Task<AppHost> Get(DatabaseProvider provider) =>
        _hosts.GetOrAdd(provider, p => new Lazy<Task<AppHost>>(() => StartAsync(p))).Value;

    /// <summary>The identity provider the hosts' single sign-on uses; tests add their own people to it.</summary>
    public Task<TestIdentityProvider.TestIdentityProvider> IdentityProvider() => _identityProvider.Value;

    private async Task<AppHost> StartAsync(DatabaseProvider provider)
    {
        var identityProvider = await IdentityProvider();
        var host = await AppHost.StartAsync(provider, TestSingleSignOn.Settings(identityProvider.Issuer));
        TestSingleSignOn.Allow(identityProvider, host.BaseAddress);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values.Where(h => h.IsValueCreated))
        {
            if (host.Value.IsCompletedSuccessfully)
            {
                await host.Value.Result.DisposeAsync();
            }
        }
        if (_identityProvider.IsValueCreated && _identityProvider.Value.IsCompletedSuccessfully)
        {
            await _identityProvider.Value.Result.DisposeAsync();
        }
    }
}
