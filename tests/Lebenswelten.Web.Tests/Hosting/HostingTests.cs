using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Hosting;

public sealed class HostingTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Health_endpoints_report_live_and_ready_with_the_database(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        // The load benchmark's baseline: a constant JSON answer that says nothing about the installation.
        Assert.Equal("""{"status":"ok"}""", await client.GetStringAsync("/health/ping"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/sites", "/api/sites/{site}", "/api/sites/{site}/members", "/api/account/login", "/api/me" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task The_vendored_libraries_match_their_pinned_manifest()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();
        var web = Path.Combine(RepositoryRoot.Path, "src/Lebenswelten.Web");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "wwwroot/lib/manifest.json")));
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "package-lock.json")));

        foreach (var library in manifest.RootElement.GetProperty("libraries").EnumerateArray())
        {
            var name = library.GetProperty("package").GetString()!;
            var locked = lockFile.RootElement.GetProperty("packages").GetProperty($"node_modules/{name}").GetProperty("version").GetString();
            Assert.Equal(locked, library.GetProperty("version").GetString());
            foreach (var file in library.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)
                         .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/lib/{name}/{file}")).StatusCode);
            }
        }
    }
}
