using Lebenswelten.Core.Demo;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Hosting;

/// <summary>
/// No demo door on a server (issue 15; ASVS 5.0 V6.3.2, no default accounts): the demo password and authenticator secret
/// are published in the README, so outside Development the app neither seeds them nor starts with accounts that open
/// with them. Development on one's own machine keeps the demo exactly as the README describes it.
/// </summary>
public static class DemoGuard
{
    private const string Fix =
        "To fix it: a server with real data starts on a new, empty database (the demo never belongs there). A public demo " +
        "installation seeds a new database with Demo:Password and Demo:TotpSecret of its own (environment variables " +
        "Demo__Password, Demo__TotpSecret; then 'seed-demo'). To try Lebenswelten on your own machine, run it in Development: " +
        "dotnet run --project src/Lebenswelten.Web.";

    /// <summary>Refuses to seed outside Development with the published password or secret.</summary>
    public static void EnsureSeedable(IServiceProvider services)
    {
        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment() && demo.UsesPublishedCredentials)
        {
            throw new StartRefusedException(
                "Lebenswelten does not seed the demo outside Development with the password or authenticator secret that the " +
                "README publishes (Demo:Password, Demo:TotpSecret): anyone could log in as its administrator. " + Fix);
        }
    }

    /// <summary>Refuses the start outside Development while demo accounts open with the published password or secret.</summary>
    public static async Task RefuseOpenDemoAccountsAsync(IServiceProvider services)
    {
        if (services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<PublishedDemoCredentials>().FindAsync();
        if (open.Count == 0)
        {
            return;
        }
        var what = string.Join(" and ", new[]
        {
            open.Any(a => a.PublishedPassword) ? "the published demo password (Demo:Password)" : null,
            open.Any(a => a.PublishedTotpSecret) ? "the published authenticator secret (Demo:TotpSecret)" : null,
        }.OfType<string>());
        var named = string.Join(", ", open.Take(5).Select(a => a.Email)) + (open.Count > 5 ? $" and {open.Count - 5} more" : "");
        throw new StartRefusedException(
            $"Lebenswelten refuses to start: {open.Count} demo account(s) in this database open with {what}: {named}. " +
            "Everyone who has read the README could log in as them, as administrator too. " + Fix);
    }
}
