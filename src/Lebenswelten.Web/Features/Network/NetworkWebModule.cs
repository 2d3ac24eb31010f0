using Lebenswelten.Core.Network;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Network;

/// <summary>The network capability in the web app: its domain services and the links its mails carry.</summary>
public static class NetworkWebModule
{
    public static IServiceCollection AddNetworkWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNetwork(configuration);
        services.AddSites();
        services.AddSingleton<INetworkLinks, NetworkLinks>();
        return services;
    }
}
