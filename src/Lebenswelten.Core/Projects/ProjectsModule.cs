using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lebenswelten.Core.Projects;

public static class ProjectsModule
{
    /// <summary>Projects along the action cycle, good practice, funding sources, budgets and applications. Needs Privacy's AuditLog.</summary>
    public static IServiceCollection AddProjects(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PerInsuredTargetOptions>(configuration.GetSection(PerInsuredTargetOptions.Section));
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));
        services.Configure<ProjectsRetentionOptions>(configuration.GetSection(ProjectsRetentionOptions.Section));
        services.AddScoped<ProjectAccess>();
        services.AddScoped<ProjectEditor>();
        services.AddScoped<ActionCycle>();
        services.AddScoped<GoodPracticeProfile>();
        services.AddScoped<ProjectDirectory>();
        services.AddScoped<FundingSetup>();
        services.AddScoped<BudgetBook>();
        services.AddScoped<ApplicationDesk>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<ProjectExport>();
        services.AddScoped<ProjectsPersonalData>();
        services.AddScoped<IPersonalDataParticipant, ProjectsPersonalData>();
        return services;
    }

    public static void AddJobs(IServiceCollectionQuartzConfigurator quartz, IConfiguration configuration) =>
        QuartzJobs.AddIntervalJob<DeadlineReminderJob>(quartz, DeadlineReminderJob.Key,
            TimeSpan.FromMinutes(configuration.GetValue($"{DeadlineOptions.Section}:IntervalMinutes", 60)));
}
