using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>The real Core services over a test database, for services that need Identity's user manager.</summary>
public static class CoreServices
{
    public static ServiceProvider For(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDatabase(_ => database.Settings);
        services.AddAccountRules().AddEntityFrameworkStores<LebensweltenDbContext>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SiteDirectory>();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Adds messaging on the given clock and SMTP settings, with no scheduler running: tests run jobs by hand.</summary>
    public static ServiceProvider WithMessaging(TestDatabase database, TimeProvider clock, Action<SmtpOptions> smtp) =>
        For(database, services =>
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" })
                .Build();
            services.AddSingleton(clock);
            services.AddMessaging(configuration);
            services.Configure(smtp);
        });
}
