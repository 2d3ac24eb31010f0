using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on its own fresh database of the given provider,
/// seeded with the demo sites exactly as on a first start.
/// </summary>
public sealed class AppHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Demo-Passwort-2026";
    /// <summary>The authenticator secret of every demo staff account in the tests (base32).</summary>
    public const string DemoTotpSecret = "TESTDEMOZWEITERFAKTORABCDEFG2345";
    private const int TestHashIterations = 1_000;

    private readonly TestDatabase _database;
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"lw-web-{Guid.NewGuid():N}");

    private readonly IReadOnlyDictionary<string, string?> _settings;
    /// <summary>False for a second node (<see cref="StartNodeAsync"/>): the database and mail sink are the first node's.</summary>
    private bool _ownsDatabase = true;

    private AppHost(TestDatabase database, SmtpSink mail, IReadOnlyDictionary<string, string?>? settings, TimeProvider? clock)
    {
        _database = database;
        Mail = mail;
        _settings = settings ?? new Dictionary<string, string?>();
        Clock = clock ?? TimeProvider.System;
        Authenticator = new DemoAuthenticator(Clock);
        UseKestrel(0);
    }

    /// <summary>The real SMTP server this app sends its mail to; the outbox job runs every second.</summary>
    public SmtpSink Mail { get; }

    public DatabaseProvider Provider => _database.Settings.Provider;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The authenticator app of every account with the demo secret on this host (each code once).</summary>
    public DemoAuthenticator Authenticator { get; }

    /// <summary>The app's clock: the system's, or one a test moves (<see cref="MovableClock"/>).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Everything the app logged, at every level, as the configured filters let through.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>
    /// Extra settings override the defaults below. A short-lived extra host must pass <c>Quartz:Enabled=false</c>:
    /// disposing a host whose scheduler runs breaks Quartz's logging in the shared hosts.
    /// </summary>
    public static async Task<AppHost> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? clock = null)
    {
        var host = new AppHost(await TestDatabase.CreateAsync(provider, migrate: false), await SmtpSink.StartAsync(), settings, clock);
        return Listening(host);
    }

    /// <summary>
    /// One more node of the same installation (issue 21, scale-out): its own process state and Kestrel port, the first
    /// node's database and mail server, no demo seeding of its own. Disposing it leaves the first node's database alone.
    /// </summary>
    public static AppHost StartNodeAsync(AppHost first, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var merged = new Dictionary<string, string?>(first._settings) { [$"{DemoOptions.Section}:SeedOnStart"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }
        return Listening(new AppHost(first._database, first.Mail, merged, clock) { _ownsDatabase = false });
    }

    private static AppHost Listening(AppHost host)
    {
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        // Links in mails point at this very server (the port is only known once it listens).
        host.Services.GetRequiredService<IConfiguration>()["PublicBaseUrl"] = host.BaseAddress.ToString();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Settings.Provider.ToString());
        builder.UseSetting("ConnectionStrings:" + DatabaseSettings.ConnectionStringName, _database.Settings.ConnectionString);
        builder.UseSetting("DataFolder", _dataFolder);
        builder.UseSetting($"{DemoOptions.Section}:Password", DemoPassword);
        builder.UseSetting($"{DemoOptions.Section}:SeedOnStart", "true");
        builder.UseSetting($"{DemoOptions.Section}:TotpSecret", DemoTotpSecret);
        // Every request checks the login against the account, so "logout everywhere" shows at once (1 minute in production).
        builder.UseSetting("Identity:SecurityStampValidationSeconds", "0");
        builder.UseSetting("Smtp:Host", Mail.Host);
        builder.UseSetting("Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Messaging:OutboxIntervalSeconds", "1");
        // Tests fire hundreds of requests from one address (the concurrency tests); RateLimitingTests switch it on.
        builder.UseSetting("RateLimiting:Enabled", "false");
        // Tests change offerings behind the app's back (moved clocks, direct writes); CatalogueCacheTests switch the cache on.
        builder.UseSetting("Catalogue:CacheSeconds", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            // The same PBKDF2-SHA512 with fewer rounds: at the production count (AccountRules.HashIterations, which
            // PasswordPolicyTests pins) every one of the suite's many logins and sign-ups cost a tenth of a second of CPU.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestHashIterations);
            if (Clock != TimeProvider.System)
            {
                services.AddSingleton(Clock);
            }
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see what the server said.</summary>
    public HttpClient Client() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer(),
    })
    {
        BaseAddress = BaseAddress,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDatabase)
        {
            return;
        }
        await _database.DisposeAsync();
        await Mail.DisposeAsync();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
