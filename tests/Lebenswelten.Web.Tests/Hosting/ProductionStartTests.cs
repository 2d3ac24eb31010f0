using System.Net;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Tests.Hosting;

/// <summary>
/// A start in Production, as Program.cs does it (the same builder, the start-up checks, the database steps, Kestrel on
/// a loopback port): no demo door, no links from the request (issue 15, findings 1 and 8).
/// </summary>
public sealed class ProductionStartTests
{
    private const string PublicBaseUrl = "https://gesund.example.org";

    private static WebApplication Build(TestDatabase database, string environment, params string[] settings) =>
        BuiltApp.Build(database, environment, settings);

    private static async Task<int> DemoAccountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var demo = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToList();
        return await db.Users.CountAsync(u => demo.Contains(u.NormalizedEmail!));
    }

    [Theory, BothProviders]
    public async Task A_production_start_on_an_empty_database_creates_no_demo_accounts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = Build(database, "Production", $"--PublicBaseUrl={PublicBaseUrl}");

        Assert.False(await DatabaseStartup.PrepareAsync(app.Services));

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await db.Sites.AnyAsync());
        Assert.Equal(0, await DemoAccountsAsync(database));
    }

    [Theory, BothProviders]
    public async Task A_production_start_refuses_demo_accounts_with_the_published_password_and_says_how_to_fix_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        // The database someone tried the demo with on their own machine, brought to the server.
        await using (var seeding = Build(database, "Development"))
        {
            Assert.Equal(0, await Commands.TryRunAsync(seeding, ["seed-demo"], new StringWriter()));
        }
        await using var app = Build(database, "Production", $"--PublicBaseUrl={PublicBaseUrl}");

        var refused = await Assert.ThrowsAsync<StartRefusedException>(() => DatabaseStartup.PrepareAsync(app.Services));

        Assert.Contains(DemoAccounts.AdminEmail, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Demo:Password", refused.Message, StringComparison.Ordinal);
        Assert.Contains("new, empty database", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoOptions.DefaultPassword, refused.Message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_production_start_refuses_demo_accounts_with_the_published_authenticator_secret(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var seeding = Build(database, "Development", "--Demo:Password=Eigenes-Demo-Passwort-2026"))
        {
            Assert.Equal(0, await Commands.TryRunAsync(seeding, ["seed-demo"], new StringWriter()));
        }
        await using var app = Build(database, "Production", $"--PublicBaseUrl={PublicBaseUrl}");

        var refused = await Assert.ThrowsAsync<StartRefusedException>(() => DatabaseStartup.PrepareAsync(app.Services));

        Assert.Contains("Demo:TotpSecret", refused.Message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Seeding_outside_development_refuses_the_published_password_and_secret(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var secretOnly = Build(database, "Production", "--Demo:Password=Eigenes-Demo-Passwort-2026");
        await using var asked = Build(database, "Production", $"--PublicBaseUrl={PublicBaseUrl}", "--Demo:SeedOnStart=true");

        var command = new StringWriter();

        Assert.Equal(1, await Commands.TryRunAsync(secretOnly, ["seed-demo"], command));
        var start = await Assert.ThrowsAsync<StartRefusedException>(() => DatabaseStartup.PrepareAsync(asked.Services));

        Assert.Contains("Demo:TotpSecret", command.ToString(), StringComparison.Ordinal);
        Assert.Contains("Demo:Password", start.Message, StringComparison.Ordinal);
        Assert.Equal(0, await DemoAccountsAsync(database));
    }

    [Theory, BothProviders]
    public async Task A_public_demo_with_its_own_password_and_secret_starts_in_production(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        string[] own = ["--Demo:Password=Eigenes-Demo-Passwort-2026", "--Demo:TotpSecret=EIGENERDEMOSCHLUESSELABCDEFG2345", $"--PublicBaseUrl={PublicBaseUrl}"];
        await using (var seeding = Build(database, "Production", own))
        {
            Assert.Equal(0, await Commands.TryRunAsync(seeding, ["seed-demo"], new StringWriter()));
        }
        await using var app = Build(database, "Production", own);

        Assert.True(await DatabaseStartup.PrepareAsync(app.Services));
    }

    [Fact]
    public async Task A_development_start_on_SQLite_still_brings_up_the_demo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var app = Build(database, "Development");

        Assert.True(await DatabaseStartup.PrepareAsync(app.Services));

        Assert.Equal(DemoAccounts.All.Count, await DemoAccountsAsync(database));
    }

    [Fact]
    public async Task A_production_start_without_a_public_address_refuses_to_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database, "Production");

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("PublicBaseUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_only_the_public_host_is_answered()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database, "Production", $"--PublicBaseUrl={PublicBaseUrl}");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        Assert.Equal(HttpStatusCode.BadRequest, (await Send(client, "evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(client, "gesund.example.org")).StatusCode);
        await app.StopAsync();
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
