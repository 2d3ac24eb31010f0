using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Lebenswelten.Core.Messaging;

public static class MessagingModule
{
    /// <summary>
    /// The outbox sender and the scheduler that runs it. <c>Quartz:Enabled=false</c> registers the jobs but starts
    /// no scheduler, for tests that run jobs by hand and for one-off commands.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IServiceCollectionQuartzConfigurator>? moreJobs = null)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OutboxSender>();

        var interval = TimeSpan.FromSeconds(configuration.GetValue("Messaging:OutboxIntervalSeconds", 10));
        services.AddQuartz(quartz =>
        {
            // The work lives in database rows (outbox, due dates); the scheduler only sets the pace, so it keeps nothing.
            quartz.UseInMemoryStore();
            QuartzJobs.AddIntervalJob<OutboxJob>(quartz, OutboxJob.Key, interval);
            moreJobs?.Invoke(quartz);
        });
        if (configuration.GetValue("Quartz:Enabled", true))
        {
            services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        }
        return services;
    }
}
