using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;

namespace Lebenswelten.Web.Features.Admin;

public static class AdminContext
{
    public static IServiceCollection AddLebensweltenAdministrationWeb(this IServiceCollection services)
    {
        services.AddLebensweltenAdministration();
        services.AddSingleton<IAccountLinks, AccountLinks>();
        return services;
    }

    /// <summary>What the signed-in person may administer, from the database (not the login's possibly older claims).</summary>
    public static Task<AdminScope> AdminScopeAsync(this HttpContext context) =>
        AdminScope.LoadAsync(context.RequestServices.GetRequiredService<LebensweltenDbContext>(), context.User.UserId(), context.RequestAborted);

    /// <summary>
    /// Re-authentication before role changes and deactivation (ASVS V7.5.3): the acting person types their
    /// password again. Does not count as a failed login attempt, so it cannot lock the acting person out.
    /// </summary>
    public static async Task<bool> ConfirmsPasswordAsync(this HttpContext context, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length > 128)
        {
            return false;
        }
        var users = context.RequestServices.GetRequiredService<UserManager<AppUser>>();
        return await users.GetUserAsync(context.User) is { } user && await users.CheckPasswordAsync(user, password);
    }
}
