using System.Text.Json;
using Ical.Net;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Tests.OpenData;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// The open data as a browser meets it: the offering page's JSON-LD is a data block the Content-Security-Policy lets be
/// (PageTest fails on any reported violation), and the catalogue's calendar link downloads a feed a calendar app reads.
/// </summary>
public sealed class OpenDataPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_offering_pages_json_ld_breaks_no_content_security_policy_and_the_catalogue_feed_downloads_into_a_calendar()
    {
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(Host, $"Kochkurs {word}", d => d with { Category = OfferingCategory.Nutrition });

        await VisitAsync($"/angebote/{offering.Id}");
        var block = await Page.Locator("script[type=\"application/ld+json\"]").TextContentAsync();
        using (var json = JsonDocument.Parse(block!))
        {
            SchemaOrgVocabulary.AssertValid(json.RootElement);
        }

        await VisitAsync($"/angebote?standort=jena&kategorie=Nutrition&q={word}");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Diese Termine im Kalender abonnieren (.ics)" }).ClickAsync());
        Assert.Equal("angebote-jena.ics", download.SuggestedFilename);
        var calendar = Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.Contains(calendar.Events, e => e.Summary == offering.Title);
        Assert.All(calendar.Events, e => Assert.NotNull(e.Start));
    }
}
