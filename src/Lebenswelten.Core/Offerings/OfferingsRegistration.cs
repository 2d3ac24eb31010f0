using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Offerings;

public static class OfferingsRegistration
{
    /// <summary>The offerings capability's services. The host provides an <see cref="Messaging.IMessageLinks"/>.</summary>
    public static IServiceCollection AddLebensweltenOfferings(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AttendanceBook>();
        services.AddScoped<CertificateRules>();
        services.AddScoped<OfferingAccess>();
        services.AddScoped<OfferingCatalogue>();
        services.AddScoped<OfferingEditor>();
        services.AddScoped<OfferingDistricts>();
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
}
