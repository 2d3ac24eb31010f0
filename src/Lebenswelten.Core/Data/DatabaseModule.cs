using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Data;

public static class DatabaseModule
{
    public const string SqliteMigrationsAssembly = "Lebenswelten.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Lebenswelten.Migrations.Postgres";

    /// <summary>
    /// Settings are read when first needed, not at registration, so that every configuration source
    /// (including a test host's) is in place by then.
    /// </summary>
    public static IServiceCollection AddDatabase(
        this IServiceCollection services, Func<IServiceProvider, DatabaseSettings> settings)
    {
        services.AddSingleton(settings);
        // Pooled (issue 21, profiled): building a context's options and services anew took a tenth of a simple page's CPU.
        // So the options are built once, from the root provider: interceptors registered by the host (the web app's
        // catalogue cache eviction) are singletons that keep nothing per request in their fields.
        services.AddDbContextPool<LebensweltenDbContext>((provider, options) =>
            options.UseLebenswelten(provider.GetRequiredService<DatabaseSettings>())
                .AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        return services;
    }

    /// <summary>One place that knows how each provider is wired, shared by the app, design-time factories and tests.</summary>
    public static DbContextOptionsBuilder UseLebenswelten(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString,
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(PostgresConnection.Tuned(settings.ConnectionString),
                npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown provider."),
        };

    public static LebensweltenDbContext CreateDbContext(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<LebensweltenDbContext>();
        builder.UseLebenswelten(settings);
        return new LebensweltenDbContext(builder.Options);
    }
}
