using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Lebenswelten.Web.Tests.Hosting;

/// <summary>
/// The app exactly as Program.cs builds it, on a test database and in the given environment, for the tests of the
/// operator commands and the start-up steps; it listens only if a test starts it (on a free loopback port).
/// </summary>
public static class BuiltApp
{
    public static WebApplication Build(TestDatabase database, string environment, params string[] settings) =>
        Build(database, environment, null, settings);

    /// <param name="logs">Receives every log line of the app besides the console, when given.</param>
    public static WebApplication Build(TestDatabase database, string environment, ILoggerProvider? logs, params string[] settings)
    {
        var builder = WebApplication.CreateBuilder([
            $"--environment={environment}",
            $"--Database:Provider={database.Settings.Provider}",
            $"--ConnectionStrings:Lebenswelten={database.Settings.ConnectionString}",
            "--Quartz:Enabled=false",
            "--urls=http://127.0.0.1:0",
            .. settings,
        ]);
        builder.AddLebenswelten();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        var app = builder.Build();
        app.UseLebenswelten();
        return app;
    }
}
