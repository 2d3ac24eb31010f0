using Lebenswelten.Core.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lebenswelten.Core.Privacy;

[DisallowConcurrentExecution]
public sealed class RetentionJob(Retention retention) : IJob
{
    public const string Key = "privacy-retention";

    public Task Execute(IJobExecutionContext context) => retention.RunAsync(context.CancellationToken);
}

public static class PrivacyRegistration
{
    /// <summary>Consents, export, erasure and retention. Needs the offerings capability and Identity.</summary>
    public static IServiceCollection AddLebensweltenPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidation>();
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
