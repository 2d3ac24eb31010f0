using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// RP-initiated logout needs the provider's end_session endpoint; without it (or the provider unreachable) the logout
/// stays local.
/// </summary>
public static class SingleSignOnSignOut
{
    public static async Task<bool> AvailableAsync(HttpContext context, SingleSignOnProvider provider)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(provider.Scheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
