using Lebenswelten.Web.Hosting;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddLebenswelten();

    var app = builder.Build();
    app.UseLebenswelten();

    if (await Commands.TryRunAsync(app, args) is { } exitCode)
    {
        return exitCode;
    }

    // A misconfigured server (no PublicBaseUrl, retention or video settings out of range) is refused before the database is touched.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    DemoBanner.PrintWhenStarted(app, await DatabaseStartup.PrepareAsync(app.Services));
    await app.RunAsync();
    return 0;
}
catch (Exception refused) when (refused is OptionsValidationException or StartRefusedException)
{
    // The message says why and how to fix it; a stack trace would only hide it.
    await Console.Error.WriteLineAsync($"Lebenswelten startet nicht / does not start: {refused.Message}");
    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
