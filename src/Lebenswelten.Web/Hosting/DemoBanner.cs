using Lebenswelten.Core.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Hosting;

/// <summary>Prints where the app listens and the demo accounts, once the server is up.</summary>
public static class DemoBanner
{
    public static void PrintWhenStarted(WebApplication app, bool withDemoAccounts)
    {
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine("Lebenswelten läuft / is running:");
            foreach (var address in addresses)
            {
                Console.WriteLine($"  {address}");
            }
            if (!withDemoAccounts)
            {
                return;
            }
            // On one's own machine the README's values; on a public demo server the operator's own, which stay out of the logs.
            var local = app.Environment.IsDevelopment();
            Console.WriteLine(local
                ? $"Demo-Konten / demo accounts (Passwort / password: {demo.Password}):"
                : "Demo-Konten / demo accounts (Passwort / password: Demo:Password):");
            foreach (var group in DemoAccounts.All.GroupBy(a => a.SiteSlug ?? "global"))
            {
                Console.WriteLine($"  {group.Key,-9} {string.Join(", ", group.Select(a => a.Email))}");
            }
            Console.WriteLine(
                $"2FA-Schlüssel der Mitarbeitenden-Konten / staff TOTP secret: {(local ? demo.TotpSecret : "Demo:TotpSecret")}");
            Console.WriteLine();
        });
    }
}
