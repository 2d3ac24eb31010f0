namespace Lebenswelten.Web.Hosting;

/// <summary>
/// Operator commands: <c>dotnet run --project src/Lebenswelten.Web -- migrate</c> applies the migrations of the
/// configured provider and exits; <c>-- seed-demo</c> migrates, seeds the demo sites and exits (outside Development
/// only with a demo password and authenticator secret of the operator's own).
/// </summary>
public static class Commands
{
    /// <returns>The process exit code when the arguments named a command, or null to run the web app.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        // Only the first argument can be a command; the rest are ordinary host options (--urls, --Key=value).
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        switch (command)
        {
            case null:
                return null;
            case "migrate":
                await DatabaseStartup.MigrateAsync(app.Services);
                await output.WriteLineAsync("Database migrated.");
                return 0;
            case "seed-demo":
                return await SeedDemoAsync(app, output);
            case "import-districts" or "import-population" or "import-indicator" or "assign-districts":
                return await NeedsCommands.RunAsync(app, args, output);
            default:
                await output.WriteLineAsync(
                    $"Unknown command '{command}'. Known: migrate, seed-demo, {string.Join(", ", NeedsCommands.Names)}.");
                return 2;
        }
    }

    private static async Task<int> SeedDemoAsync(WebApplication app, TextWriter output)
    {
        try
        {
            DemoGuard.EnsureSeedable(app.Services);
        }
        catch (StartRefusedException refused)
        {
            await output.WriteLineAsync(refused.Message);
            return 1;
        }
        await DatabaseStartup.MigrateAsync(app.Services);
        var seeded = await DatabaseStartup.SeedDemoAsync(app.Services);
        await output.WriteLineAsync(seeded ? "Demo sites seeded." : "The database already holds sites; nothing seeded.");
        return 0;
    }
}
