using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Data;

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
}
