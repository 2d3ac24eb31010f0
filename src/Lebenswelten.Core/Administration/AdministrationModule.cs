using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Administration;

public static class AdministrationModule
{
    /// <summary>Accounts, roles, invitations and sites. The host provides an <see cref="IAccountLinks"/>.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<AdminScopes>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<Invitations>();
        services.AddScoped<InvitationMails>();
        services.AddScoped<InvitationDesk>();
        services.AddScoped<ResidentSignUp>();
        services.AddScoped<SiteAdministration>();
        services.AddScoped<SiteRoster>();
        services.AddScoped<SiteFounding>();
        services.AddScoped<SingleSignOnAccounts>();
        services.AddScoped<PasswordReset>();
        return services;
    }
}
