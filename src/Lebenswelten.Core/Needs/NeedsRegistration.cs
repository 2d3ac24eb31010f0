using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Needs;

public static class NeedsRegistration
{
    public static IServiceCollection AddLebensweltenNeeds(this IServiceCollection services) => services
        .AddScoped<NeedsDirectory>()
        .AddScoped<NeedsSettings>()
        .AddScoped<IndicatorImport>()
        .AddScoped<IndicatorDefinitions>()
        .AddScoped<IndicatorCorrection>()
        .AddScoped<DistrictImport>()
        .AddScoped<PopulationImport>();
}
