using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>Staff need a second factor before they can log in to anything; test accounts get the demo authenticator.</summary>
public static class DemoAuthenticator
{
    public static async Task EnableAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AppHost.DemoTotpSecret);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
