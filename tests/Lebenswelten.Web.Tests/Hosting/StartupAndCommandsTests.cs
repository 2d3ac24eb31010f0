using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Lebenswelten.Web.Tests.Hosting;

/// <summary>The operator commands and the start-up rules, on the app as Program.cs builds it.</summary>
public sealed class StartupAndCommandsTests
{
    /// <summary>A server (Production) with the operator's own demo values: outside Development the published ones are refused.</summary>
    private static WebApplication Build(TestDatabase database, params string[] settings) =>
        BuiltApp.Build(database, "Production", ["--Demo:Password=Befehl-Test-Passwort",
            "--Demo:TotpSecret=BEFEHLTESTZWEITERFAKTORABCDE2345", .. settings]);

    [Theory, BothProviders]
    public async Task Migrate_applies_every_migration_and_seeds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = Build(database);
        var output = new StringWriter();

        Assert.Equal(0, await Commands.TryRunAsync(app, ["migrate"], output));

        Assert.Equal("Database migrated.", output.ToString().Trim());
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await db.Sites.AnyAsync());
    }

    /// <summary>The embedded default only: on PostgreSQL, EF Core itself logs its probe of the missing history table.</summary>
    [Fact]
    public async Task A_newcomers_first_start_on_the_embedded_database_warns_about_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        var logs = new LogSink();
        await using var app = BuiltApp.Build(database, "Development", logs);

        Assert.Equal(0, await Commands.TryRunAsync(app, ["migrate"], new StringWriter()));

        // A newcomer's first start used to say a migration "will be left in a partially applied state" (SQLite PRAGMA).
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal)
            || line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Theory, BothProviders]
    public async Task Seed_demo_seeds_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var app = Build(database);

        Assert.Equal(0, await Commands.TryRunAsync(app, ["seed-demo"], new StringWriter()));
        var second = new StringWriter();
        Assert.Equal(0, await Commands.TryRunAsync(app, ["seed-demo"], second));

        Assert.Contains("nothing seeded", second.ToString());
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Sites.CountAsync());
        Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Host_options_are_not_commands_and_unknown_commands_fail()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var app = Build(database);

        Assert.Null(await Commands.TryRunAsync(app, ["--urls", "http://127.0.0.1:5000"]));
        Assert.Equal(2, await Commands.TryRunAsync(app, ["migrieren"], new StringWriter()));
    }

    [Fact]
    public async Task PostgreSQL_migrates_on_start_but_seeds_only_on_request()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
        await using var app = Build(database);

        Assert.False(await DatabaseStartup.PrepareAsync(app.Services));

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await db.Sites.AnyAsync());
    }

    [Fact]
    public async Task PostgreSQL_can_leave_migrating_to_the_operator()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, migrate: false);
        await using var app = Build(database, "--Database:MigrateOnStart=false");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseStartup.PrepareAsync(app.Services));

        Assert.Contains("-- migrate", error.Message);

        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Assign_districts_places_offerings_without_one_by_their_coordinates()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = Build(database);
        await Commands.TryRunAsync(app, ["seed-demo"], new StringWriter());
        await using (var db = database.CreateContext())
        {
            // An offering entered before Leipzig had boundaries: at Augustusplatz, which lies in the Ortsteil Zentrum.
            var offering = await db.Offerings.FirstAsync(o => db.Sites.Any(s => s.Id == o.SiteId && s.Slug == "leipzig"));
            (offering.DistrictId, offering.Latitude, offering.Longitude) = (null, 51.3397, 12.3810);
            await db.SaveChangesAsync();
        }
        var output = new StringWriter();

        Assert.Equal(0, await Commands.TryRunAsync(app, ["assign-districts", "leipzig"], output));
        Assert.Equal(2, await Commands.TryRunAsync(app, ["assign-districts", "atlantis"], new StringWriter()));

        Assert.Contains("1 offerings placed in a district.", output.ToString(), StringComparison.Ordinal);
        await using var check = database.CreateContext();
        Assert.Equal("00", await check.Offerings.Where(o => o.Latitude == 51.3397).Select(o => o.District!.Key).SingleAsync());
    }
}
