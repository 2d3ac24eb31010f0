using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Administration;

public static class AdministrationRegistration
{
    /// <summary>Accounts, roles, invitations and sites. The host provides an <see cref="IAccountLinks"/>.</summary>
    public static IServiceCollection AddLebensweltenAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<Invitations>();
        services.AddScoped<InvitationMails>();
        services.AddScoped<ResidentSignUp>();
        services.AddScoped<SiteAdministration>();
        services.AddScoped<SingleSignOn>();
        services.AddScoped<PasswordReset>();
        services.AddTransient<PasswordResetTokenProvider>();
        services.Configure<IdentityOptions>(options =>
        {
            options.Tokens.ProviderMap[PasswordResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
            options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
        });
        return services;
    }
}
