namespace Lebenswelten.Web.Hosting;

/// <summary>
/// Development (<c>dotnet run</c> on one's own machine) and Testing (the test hosts) may run with local defaults: a
/// localhost address, plain-HTTP identity providers. Every other environment is a server and must be configured.
/// </summary>
public static class LocalEnvironments
{
    public const string Testing = "Testing";

    public static bool IsLocal(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
