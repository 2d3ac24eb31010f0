using System.Net;

namespace Lebenswelten.Web.Tests.Hosting;

/// <summary>The Prometheus endpoint exists only when the operator switches it on (issue 21, docs/en/operations.md).</summary>
public sealed class TelemetryTests(AppHosts hosts)
{
    [Fact]
    public async Task With_Prometheus_switched_on_the_app_serves_request_and_database_metrics()
    {
        await using var host = await AppHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus:Enabled"] = "true", ["Quartz:Enabled"] = "false",
        });
        using var client = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/offerings?site=jena")).StatusCode);

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metrics = await response.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains(metrics.Split('\n'), line => line.StartsWith("http_server_request_duration_seconds", StringComparison.Ordinal)
            && line.Contains("api/offerings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }
}
