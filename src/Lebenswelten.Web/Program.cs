using Lebenswelten.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLebenswelten();

var app = builder.Build();
app.UseLebenswelten();

if (await Commands.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

var demoAccountsExist = await DatabaseStartup.PrepareAsync(app.Services);
DemoBanner.PrintWhenStarted(app, demoAccountsExist);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
