using System.Net;
using Ical.Net;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.OpenData;

public sealed class CalendarFeedTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_calendar_app_subscribes_to_a_sites_sessions_filtered_like_the_catalogue(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var cooking = await CatalogueOfferings.CreateAsync(host, $"Kochen {word}", d => d with
        {
            Category = OfferingCategory.Nutrition, TargetGroups = TargetGroups.Children, DistrictKey = "neulobeda",
        });
        // Not "everyone": an offering for everyone suits every target group, as in the catalogue.
        var running = await CatalogueOfferings.CreateAsync(host, $"Laufen {word}", d => d with { DistrictKey = "winzerla", TargetGroups = TargetGroups.OlderPeople });
        using var client = host.Client();

        var all = await FeedAsync(client, $"q={word}");
        Assert.Equal(4, all.Events.Count);
        Assert.Equal(2, all.Events.Count(e => e.Summary == running.Title));
        foreach (var filter in new[] { "category=Nutrition", "district=neulobeda", "targetGroup=Children" })
        {
            var narrowed = await FeedAsync(client, $"q={word}&{filter}");
            Assert.Equal([cooking.Title, cooking.Title], narrowed.Events.Select(e => e.Summary));
        }
        var session = cooking.Sessions.OrderBy(s => s.StartsAt).First();
        var first = all.Events.Single(e => e.Uid == $"{session.Id}@lebenswelten");
        Assert.Equal(session.StartsAt.UtcDateTime, first.Start!.AsUtc);
        Assert.Contains("Karl-Marx-Allee 20", first.Location);
        // Another site's feed has none of them.
        Assert.Empty((await FeedAsync(client, $"q={word}", "weimar")).Events);
    }

    [Theory, BothProviders]
    public async Task A_feed_that_has_not_changed_is_answered_304_and_a_change_gives_a_new_etag(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(host, $"Tanzen {word}");
        using var client = host.Client();
        var url = $"/api/sites/jena/calendar.ics?q={word}";

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag!;
        Assert.NotNull(response.Content.Headers.LastModified);
        using (var again = new HttpRequestMessage(HttpMethod.Get, url))
        {
            again.Headers.IfNoneMatch.Add(etag);
            var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }
        using (var since = new HttpRequestMessage(HttpMethod.Get, url))
        {
            since.Headers.IfModifiedSince = response.Content.Headers.LastModified;
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);
        }

        await CatalogueOfferings.CancelAsync(host, offering.Id);
        using var changed = new HttpRequestMessage(HttpMethod.Get, url);
        changed.Headers.IfNoneMatch.Add(etag);
        var fresh = await client.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(etag, fresh.Headers.ETag);
        Assert.Empty(Calendar.Load(await fresh.Content.ReadAsStringAsync())!.Events);
    }

    [Theory, BothProviders]
    public async Task Filters_that_make_no_sense_are_400_and_an_unknown_site_404(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();
        foreach (var query in new[] { "category=Bogus", "district=nowhere", "targetGroup=None", "from=2026-13-45" })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/sites/jena/calendar.ics?{query}"), HttpStatusCode.BadRequest);
        }
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis/calendar.ics"), HttpStatusCode.NotFound);
    }

    private static async Task<Calendar> FeedAsync(HttpClient client, string query, string site = "jena")
    {
        var response = await client.GetAsync($"/api/sites/{site}/calendar.ics?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
