using Lebenswelten.Core.Administration;

namespace Lebenswelten.Web.Features.Admin;

public static class AdministrationWebModule
{
    /// <summary>Core's administration services, with the links its mails carry built from this app's pages.</summary>
    public static IServiceCollection AddAdministrationWeb(this IServiceCollection services)
    {
        services.AddAdministration();
        services.AddSingleton<IAccountLinks, AccountLinks>();
        return services;
    }
}
