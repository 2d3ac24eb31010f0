namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>The system clock plus an offset a test moves forward (time never runs backwards for the app).</summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>
/// An app whose clock the tests move (session lifetimes, recent logins). The tests that use it share one
/// collection, so they run one after another and never move the clock under each other.
/// </summary>
public sealed class MovableClockHost : IAsyncLifetime
{
    public MovableClock Clock { get; } = new();
    public AppHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await AppHost.StartAsync(DatabaseProvider.Sqlite,
        new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" }, Clock);

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class MovableClockCollection : ICollectionFixture<MovableClockHost>
{
    public const string Name = "movable clock";
}
