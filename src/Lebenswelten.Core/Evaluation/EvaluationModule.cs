using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Telemedicine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lebenswelten.Core.Evaluation;

/// <summary>The evaluation capability: aggregates, their refresh, and the published (suppressed) figures.</summary>
public static class EvaluationModule
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EvaluationSettings>(configuration.GetSection(EvaluationSettings.Section));
        services.AddScoped<EvaluationAccess>();
        services.AddScoped<ReachReport>();
        services.AddScoped<EquityReport>();
        services.AddScoped<ConsultationReport>();
        services.AddScoped<ReachRefresh>();
        services.AddScoped<ConsultationRefresh>();
        services.AddScoped<IRegistrationAnonymisationObserver, ReachArchive>();
        services.AddScoped<IAppointmentPurgeObserver, ConsultationArchive>();
        return services;
    }

    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration) =>
        QuartzJobs.AddIntervalJob<EvaluationRefreshJob>(quartz, EvaluationRefreshJob.Key,
            TimeSpan.FromMinutes(configuration.GetValue($"{EvaluationSettings.Section}:RefreshIntervalMinutes", 60)));
}
