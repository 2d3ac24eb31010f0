using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Sites;

public static class SitesModule
{
    /// <summary>Founding a site from its key, with the RKI GISD table read once per process.</summary>
    public static IServiceCollection AddSites(this IServiceCollection services)
    {
        services.AddSingleton(_ => GisdTable.LoadEmbedded());
        return services;
    }
}
