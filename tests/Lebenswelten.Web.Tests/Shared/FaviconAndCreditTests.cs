using System.Net;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Shared;

public sealed class FaviconAndCreditTests(AppHosts hosts)
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Every_page_names_a_favicon_that_is_there(string path, string type)
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/standorte/jena");
        var icon = await client.GetAsync(path);

        Assert.Contains($"rel=\"icon\" href=\"{path}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal(type, icon.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Each_site_credits_its_own_statistics_office_and_Jena_not_Leipzigs()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.CreateClient();

        var jena = WebUtility.HtmlDecode(await client.GetStringAsync("/standorte/jena"));
        var leipzig = WebUtility.HtmlDecode(await client.GetStringAsync("/standorte/leipzig"));

        Assert.DoesNotContain("Leipzig", jena.Split("Stadtteilnamen:")[1].Split("</p>")[0], StringComparison.Ordinal);
        Assert.Contains("Einwohner: Stadt Leipzig, Amt für Statistik und Wahlen.", leipzig, StringComparison.Ordinal);
    }
}
