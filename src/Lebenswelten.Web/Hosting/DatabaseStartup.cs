using Lebenswelten.Core.Data;
using Lebenswelten.Core.Demo;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// SQLite migrates on start, PostgreSQL unless Database:MigrateOnStart=false. The demo is seeded in Development on
    /// SQLite, elsewhere only on request (Demo:SeedOnStart=true); outside Development demo accounts that open with the
    /// published password or secret stop the start (<see cref="DemoGuard"/>).
    /// </summary>
    /// <returns>Whether the demo accounts exist, so that the console can show them.</returns>
    public static async Task<bool> PrepareAsync(IServiceProvider services)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite || settings.MigrateOnStart)
        {
            await MigrateAsync(services);
        }
        else
        {
            await EnsureMigratedAsync(services);
        }

        var seedOnStart = services.GetRequiredService<IOptions<DemoOptions>>().Value.SeedOnStart
            ?? (settings.Provider == DatabaseProvider.Sqlite && services.GetRequiredService<IHostEnvironment>().IsDevelopment());
        if (seedOnStart)
        {
            await SeedDemoAsync(services);
        }
        await DemoGuard.RefuseOpenDemoAccountsAsync(services);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Users.AnyAsync(u => u.NormalizedEmail == DemoAccounts.AdminEmail.ToUpperInvariant());
    }

    private static async Task EnsureMigratedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Database
            .GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database lacks {pending.Count} migration(s) and Database:MigrateOnStart is false: " +
                "run 'dotnet run --project src/Lebenswelten.Web -- migrate' (or the published app with 'migrate') first.");
        }
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Database.MigrateAsync();
    }

    public static async Task<bool> SeedDemoAsync(IServiceProvider services)
    {
        DemoGuard.EnsureSeedable(services);
        await using var scope = services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(demo.Password, totpSecret: demo.TotpSecret);
    }
}
