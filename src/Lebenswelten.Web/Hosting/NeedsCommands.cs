using Lebenswelten.Core.Data;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Hosting;

/// <summary>
/// <c>import-districts SITE FILE.geojson</c>, <c>import-population SITE FILE.csv</c> and
/// <c>import-indicator SITE INDICATOR-KEY FILE.csv</c>: the coordinator's imports for operators (docs/*/operations);
/// <c>assign-districts SITE</c> places offerings without a district by their coordinates (those entered before boundaries existed).
/// </summary>
public static class NeedsCommands
{
    public static readonly string[] Names = ["import-districts", "import-population", "import-indicator", "assign-districts"];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        var expected = args[0] switch { "assign-districts" => 2, "import-indicator" => 4, _ => 3 };
        if (args.Length < expected || (expected > 2 && !File.Exists(args[expected - 1])))
        {
            await output.WriteLineAsync(expected == 2 ? "Usage: assign-districts SITE"
                : $"Usage: {args[0]} SITE {(expected == 4 ? "INDICATOR-KEY " : "")}FILE (an existing file).");
            return 2;
        }
        await DatabaseStartup.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        if (await db.Sites.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == args[1]) is not { } site)
        {
            await output.WriteLineAsync($"There is no site '{args[1]}'.");
            return 2;
        }
        if (expected == 2)
        {
            var assigned = await scope.ServiceProvider.GetRequiredService<OfferingDistricts>().AssignMissingAsync(site.Id);
            await output.WriteLineAsync($"{assigned} offerings placed in a district.");
            return 0;
        }
        // As the page: Excel's Windows-1252 as well as UTF-8 (UploadedText).
        var text = UploadedText.Decode(await File.ReadAllBytesAsync(args[expected - 1]));
        IReadOnlyList<ImportError> errors;
        switch (args[0])
        {
            case "import-districts":
                errors = (await scope.ServiceProvider.GetRequiredService<DistrictImport>().ImportBoundariesAsync(site.Id, text)).Errors;
                break;
            case "import-population":
                errors = (await scope.ServiceProvider.GetRequiredService<PopulationImport>().ImportAsync(site.Id, text)).Errors;
                break;
            default:
                if (await db.Indicators.AsNoTracking()
                    .FirstOrDefaultAsync(i => i.SiteId == site.Id && i.Key == args[2]) is not { } indicator)
                {
                    await output.WriteLineAsync($"Site '{site.Slug}' has no indicator '{args[2]}'.");
                    return 2;
                }
                var outcome = await scope.ServiceProvider.GetRequiredService<IndicatorImport>()
                    .CommitAsync(site.Id, indicator.Id, text, "command");
                errors = outcome.Value?.Errors ?? [];
                break;
        }
        foreach (var error in errors)
        {
            await output.WriteLineAsync(
                $"{(args[0] == "import-districts" ? "feature" : "line")} {error.Line}: {error.Code} {error.Value}".TrimEnd());
        }
        await output.WriteLineAsync(errors.Count == 0 ? "Imported." : "Nothing imported.");
        return errors.Count == 0 ? 0 : 1;
    }
}
