using Lebenswelten.Core.Data;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>The real Core services over a test database, for services that need Identity's user manager.</summary>
public static class CoreServices
{
    public static ServiceProvider For(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLebensweltenDatabase(_ => database.Settings);
        services.AddIdentityCore<AppUser>(AccountRules.Apply).AddEntityFrameworkStores<LebensweltenDbContext>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SiteDirectory>();
        return services.BuildServiceProvider();
    }
}
