using Lebenswelten.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lebenswelten.Core.Privacy;

public static class PrivacyModule
{
    /// <summary>
    /// Audit, consents, export, erasure and retention. Needs Identity. The capabilities that hold personal data take part
    /// by registering an <see cref="IPersonalDataParticipant"/> (and an <see cref="IConsentHolder"/> if they ask for consent).
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidation>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AccessReport>();
        services.AddScoped<ConsentBook>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<Erasure>();
        services.AddScoped<Retention>();
        return services;
    }

    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration) =>
        QuartzJobs.AddIntervalJob<RetentionJob>(quartz, RetentionJob.Key,
            TimeSpan.FromMinutes(configuration.GetValue($"{RetentionOptions.Section}:IntervalMinutes", 60)));
}
