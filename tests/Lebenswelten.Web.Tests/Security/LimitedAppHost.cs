namespace Lebenswelten.Web.Tests.Security;

/// <summary>One app with tiny budgets (3 per minute); the shared hosts run with rate limiting switched off.</summary>
public sealed class LimitedAppHost : IAsyncLifetime
{
    public const int Limit = 3;

    public AppHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await AppHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Quartz:Enabled"] = "false",
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:Login:PermitLimit"] = $"{Limit}",
        ["RateLimiting:Registration:PermitLimit"] = $"{Limit}",
        ["RateLimiting:Search:PermitLimit"] = $"{Limit}",
        ["RateLimiting:voucher-code:PermitLimit"] = $"{Limit}",
        ["RateLimiting:feed:PermitLimit"] = $"{Limit}",
        ["RateLimiting:survey-answer:PermitLimit"] = $"{Limit}",
        ["RateLimiting:ideas:PermitLimit"] = $"{Limit}",
    });

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
