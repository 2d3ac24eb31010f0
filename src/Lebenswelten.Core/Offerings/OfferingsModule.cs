using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lebenswelten.Core.Offerings;

/// <summary>The offerings capability's services and background jobs, registered by the host.</summary>
public static class OfferingsModule
{
    /// <summary>The offerings capability's services. The host provides an <see cref="IMessageLinks"/>.</summary>
    public static IServiceCollection AddOfferings(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AttendanceBook>();
        services.AddScoped<ParticipantMessages>();
        services.AddScoped<CertificateRules>();
        services.AddScoped<OfferingAccess>();
        services.AddScoped<OfferingWorklist>();
        services.AddScoped<OfferingCatalogue>();
        services.AddScoped<CatalogueProviders>();
        services.AddScoped<OfferingEditor>();
        services.AddScoped<OfferingDistricts>();
        services.AddScoped<IDistrictBoundaryFollower>(provider => provider.GetRequiredService<OfferingDistricts>());
        services.AddScoped<OfferingMails>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<RegistrationExpiry>();
        services.AddScoped<SessionReminders>();
        services.AddScoped<OfferingLifecycle>();
        services.AddSingleton<RegistrationTokens>();
        services.AddScoped<RegistrationPersonalData>();
        services.AddScoped<IPersonalDataParticipant, RegistrationPersonalData>();
        services.AddScoped<IConsentHolder, RegistrationConsents>();
        services.AddScoped<GuestRegistrationData>();
        return services;
    }

    /// <summary>Lapsed guest registrations and offers released every minute, session reminders every five.</summary>
    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration)
    {
        QuartzJobs.AddIntervalJob<RegistrationExpiryJob>(quartz, RegistrationExpiryJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Offerings:ExpiryIntervalSeconds", 60)));
        QuartzJobs.AddIntervalJob<SessionReminderJob>(quartz, SessionReminderJob.Key,
            TimeSpan.FromSeconds(configuration.GetValue("Offerings:ReminderIntervalSeconds", 300)));
    }
}
