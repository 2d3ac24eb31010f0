using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Shared;

/// <summary>
/// Links are built from page names (asp-page, Url.Page), not typed as strings. A page name that no longer exists would
/// render an empty link, and a wrong route value a link to nowhere: this follows every local link of the main pages, as
/// a visitor, a coordinator and an administrator see them, and fails on either.
/// </summary>
public sealed partial class PageLinkTests(AppHosts hosts)
{
    private static readonly string[] Start =
    [
        "/", "/angebote", "/standorte", "/standorte/jena", "/standorte/jena/karte", "/konto", "/konto/daten", "/konto/anmelden",
        "/standorte/jena/team", "/standorte/jena/bedarf/indikatoren", "/admin", "/admin/benutzer", "/admin/standorte",
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("coordinator@jena.demo")]
    [InlineData("admin@lebenswelten.demo")]
    public async Task Every_local_link_on_the_main_pages_leads_to_a_page(string? email)
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = await host.PageClientAsync(email);
        var broken = new List<string>();
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Start)
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            broken.AddRange(Empty().Matches(html).Select(m => $"{page}: {m.Value}"));
            links.UnionWith(Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal) && !IsStatic(l) && !l.Contains("culture=")));
        }
        foreach (var link in links)
        {
            var status = (await client.GetAsync(link)).StatusCode;
            if (status == HttpStatusCode.NotFound || (int)status >= 500)
            {
                broken.Add($"{link}: {(int)status}");
            }
        }

        Assert.True(links.Count > 10, $"only {links.Count} links found");
        Assert.Empty(broken);
    }

    private static bool IsStatic(string link) =>
        link.StartsWith("/css/", StringComparison.Ordinal) || link.StartsWith("/js/", StringComparison.Ordinal)
        || link.StartsWith("/lib/", StringComparison.Ordinal) || link.StartsWith("/img/", StringComparison.Ordinal);

    [GeneratedRegex("""<a [^>]*href="([^"#]*)["#]""")]
    private static partial Regex Href();

    [GeneratedRegex("""<a [^>]*href=""[^>]*>|<form [^>]*action=""[^>]*>""")]
    private static partial Regex Empty();
}
