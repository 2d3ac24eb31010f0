using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Referrals;

/// <summary>The referral capability's services (issue 19). Needs Offerings (registration) and Privacy.</summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferralSettings>().Bind(configuration.GetSection(ReferralSettings.Section));
        services.AddScoped<ReferralAccess>();
        services.AddSingleton<HolderTokens>();
        services.AddScoped<VoucherIssuing>();
        services.AddScoped<VoucherRedemption>();
        services.AddScoped<VoucherHolder>();
        services.AddScoped<ReferralConsents>();
        services.AddScoped<PaperConsents>();
        services.AddScoped<VoucherSuggestions>();
        services.AddScoped<ReferralFigures>();
        services.AddScoped<IPersonalDataParticipant, ReferralPersonalData>();
        return services;
    }
}
