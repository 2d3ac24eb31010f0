using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.OpenData;

public sealed partial class SearchEngineTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task An_offering_page_carries_schema_org_json_ld_and_open_graph_tags_for_search_engines_and_link_previews(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Rücken </script><b>fit {CatalogueOfferings.Word()}", d => d with
        {
            PriceCents = 0, Latitude = 50.88, Longitude = 11.6, Languages = ["de", "ar"],
        });
        using var client = host.Client();
        var html = await client.GetStringAsync($"/angebote/{offering.Id}");

        var blocks = JsonLd().Matches(html);
        var block = Assert.Single(blocks);
        // The title cannot close the data block: < and > are \u escapes inside it.
        Assert.DoesNotContain("</script><b>", block.Groups[1].Value);
        using var json = JsonDocument.Parse(block.Groups[1].Value);
        var course = json.RootElement;
        SchemaOrgVocabulary.AssertValid(course);
        Assert.Equal(("https://schema.org", "Course", offering.Title), (course.GetProperty("@context").GetString(),
            course.GetProperty("@type").GetString(), course.GetProperty("name").GetString()));
        Assert.EndsWith($"/angebote/{offering.Id}", course.GetProperty("url").GetString());
        Assert.True(course.GetProperty("isAccessibleForFree").GetBoolean());
        var instances = course.GetProperty("hasCourseInstance").EnumerateArray().ToList();
        Assert.Equal(2, instances.Count);
        Assert.Equal(offering.Sessions.Min(s => s.StartsAt), DateTimeOffset.Parse(instances[0].GetProperty("startDate").GetString()!));
        Assert.Equal("Karl-Marx-Allee 20", instances[0].GetProperty("location").GetProperty("address").GetProperty("streetAddress").GetString());

        Assert.Contains($"<meta property=\"og:url\" content=\"{host.BaseAddress.ToString().TrimEnd('/')}/angebote/{offering.Id}\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Rücken &lt;/script&gt;&lt;b&gt;fit", html);
        Assert.Contains("<meta property=\"og:description\" content=\"Bewegung für alle, ohne Vorkenntnisse.\">", html);

        var site = await client.GetStringAsync("/standorte/jena");
        Assert.Contains("<meta property=\"og:title\"", site);
        Assert.Empty(JsonLd().Matches(site));
    }

    [Theory, BothProviders]
    public async Task The_sitemap_lists_public_pages_and_offerings_and_robots_txt_keeps_crawlers_out_of_personal_and_staff_pages(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Sitemap {CatalogueOfferings.Word()}");
        var draft = await CatalogueOfferings.CreateAsync(host, $"Entwurf {CatalogueOfferings.Word()}", d => d with { Publish = false });
        var registration = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var client = host.Client();

        var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url")
            .Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
        Assert.Contains($"/angebote/{offering.Id}", urls);
        Assert.Contains("/standorte/jena", urls);
        Assert.Contains("/standorte/jena/telemedizin", urls);
        Assert.DoesNotContain($"/angebote/{draft.Id}", urls);
        Assert.DoesNotContain(urls, u => u.StartsWith("/verwaltung", StringComparison.Ordinal) || u.StartsWith("/admin", StringComparison.Ordinal)
            || u.StartsWith("/konto", StringComparison.Ordinal) || u.StartsWith("/anmeldungen", StringComparison.Ordinal)
            || u.StartsWith("/kalender", StringComparison.Ordinal)
            || u.Contains("team", StringComparison.Ordinal) || u.Contains(registration.Registration.Id.ToString(), StringComparison.Ordinal));

        var robots = await client.GetStringAsync("/robots.txt");
        foreach (var path in new[] { "/verwaltung/", "/admin", "/konto", "/anmeldungen/", "/telemedizin/termine/", "/gutschein", "/standorte/*/team", "/kalender/" })
        {
            Assert.Contains($"Disallow: {path}\n", robots);
        }
        Assert.Contains($"Sitemap: {host.BaseAddress.ToString().TrimEnd('/')}/sitemap.xml", robots);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
