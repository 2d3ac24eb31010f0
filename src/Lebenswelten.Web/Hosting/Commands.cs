namespace Lebenswelten.Web.Hosting;

/// <summary>
/// Operator commands: <c>dotnet run --project src/Lebenswelten.Web -- migrate</c> applies the migrations of the
/// configured provider and exits; <c>-- seed-demo</c> migrates, seeds the demo sites and exits.
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // Only the first argument can be a command; the rest are ordinary host options (--urls, --Key=value).
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        switch (command)
        {
            case null:
                return false;
            case "migrate":
                await DatabaseStartup.MigrateAsync(app.Services);
                Console.WriteLine("Database migrated.");
                return true;
            case "seed-demo":
                await DatabaseStartup.MigrateAsync(app.Services);
                var seeded = await DatabaseStartup.SeedDemoAsync(app.Services);
                Console.WriteLine(seeded ? "Demo sites seeded." : "The database already holds sites; nothing seeded.");
                return true;
            default:
                Console.Error.WriteLine($"Unknown command '{command}'. Known: migrate, seed-demo.");
                Environment.ExitCode = 2;
                return true;
        }
    }
}
