using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Lebenswelten.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on Kestrel at a free loopback port: discovery, authorization
/// code flow with PKCE, token, userinfo and end-session endpoints, ephemeral keys. Plain HTTP: tests only.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, TestUsers users, TestClient client, ProviderActivity activity)
    {
        _app = app;
        Users = users;
        Client = client;
        Activity = activity;
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/ — also the authority for discovery.</summary>
    public Uri Issuer { get; private set; } = null!;

    public TestUsers Users { get; }
    public TestClient Client { get; }
    public ProviderActivity Activity { get; }

    public static async Task<TestIdentityProvider> StartAsync(string clientId, string clientSecret, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestIdentityProvider).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var users = new TestUsers();
        var client = new TestClient(clientId, clientSecret);
        var activity = new ProviderActivity();
        builder.Services.AddTestIdentityProvider(client);
        var app = builder.Build();
        app.MapTestIdentityProvider(users, activity);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestIdentityProvider(app, users, client, activity) { Issuer = new Uri(address.TrimEnd('/') + "/") };
    }

    /// <summary>Until Ctrl+C or SIGTERM (the host's console lifetime), for running it on its own.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>What the provider was asked, for tests that check the app called it.</summary>
public sealed class ProviderActivity
{
    private int _endSessions;

    public int EndSessionRequests => _endSessions;

    internal void EndSession() => Interlocked.Increment(ref _endSessions);
}
