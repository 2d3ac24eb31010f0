using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Lebenswelten.Web.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces of requests (ASP.NET Core), outgoing calls (HttpClient), the database (Npgsql;
/// EF Core's own meter) and the runtime (issue 21). Off by default: nothing is collected unless an exporter is
/// configured. <c>Telemetry:Prometheus:Enabled=true</c> serves the metrics at <c>/metrics</c> for Prometheus to scrape
/// (the reverse proxy keeps it to the monitoring network, docs/en/operations.md); <c>Telemetry:Otlp:Endpoint</c> sends
/// metrics and traces to an OpenTelemetry collector. Traces carry routes and SQL, never query strings' values or
/// parameters: Npgsql records statement text without parameter values.
/// </summary>
public static class Telemetry
{
    public const string Section = "Telemetry";
    public const string MetricsPath = "/metrics";

    public static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue($"{Section}:Prometheus:Enabled", false);

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var prometheus = PrometheusEnabled(configuration);
        var otlp = configuration[$"{Section}:Otlp:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        if (!prometheus && otlp is null)
        {
            return;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("lebenswelten", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation().AddMeter("Microsoft.EntityFrameworkCore");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql();
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
    }

    /// <summary>The scraping endpoint, only when switched on; anonymous like the health checks, no personal data.</summary>
    public static void Map(WebApplication app)
    {
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        }
    }
}
