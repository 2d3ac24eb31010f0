using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Needs;

public static class NeedsModule
{
    public static IServiceCollection AddNeeds(this IServiceCollection services) => services
        .AddScoped<NeedsDirectory>()
        .AddScoped<NeedsAttention>()
        .AddScoped<NeedsSettings>()
        .AddScoped<IndicatorImport>()
        .AddScoped<IndicatorDefinitions>()
        .AddScoped<IndicatorCorrection>()
        .AddScoped<IndicatorGrid>()
        .AddScoped<DistrictImport>()
        .AddScoped<PopulationImport>();
}
