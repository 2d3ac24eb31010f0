using Ical.Net;
using Lebenswelten.Web.Tests.CalendarFeeds;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>A resident makes their calendar link on the account page at phone width, and a calendar app reads the feed.</summary>
public sealed class CalendarFeedsPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_creates_the_calendar_link_on_the_account_page_and_the_feed_downloads_into_a_calendar()
    {
        var (resident, offering, appointment) = await PersonalCalendarFeedTests.BookedResidentAsync(Host, "Rita Browser");
        await LogInAsync(resident.Email);

        await VisitAsync("/konto");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mein Kalender-Abo (geheimer Link für Ihre Kalender-App)" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kalender-Link erstellen" }).ClickAsync();
        await AssertAccessibleAsync();
        var link = await Page.GetByLabel("Ihr Kalender-Link", new() { Exact = false }).InputValueAsync();
        var subscribe = await Page.GetByRole(AriaRole.Link, new() { Name = "Im Kalender abonnieren" }).GetAttributeAsync("href");
        Assert.StartsWith("webcal://", subscribe, StringComparison.Ordinal);
        Assert.EndsWith(new Uri(link).PathAndQuery, subscribe, StringComparison.Ordinal);

        var feed = await Page.APIRequest.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(200, feed.Status);
        var calendar = Calendar.Load(await feed.TextAsync())!;
        Assert.Contains(calendar.Events, e => e.Summary == offering.Title);
        Assert.Contains(calendar.Events, e => e.Uid == $"{appointment.Id}@lebenswelten");

        await VisitAsync("/konto/kalender");
        Assert.DoesNotContain(new Uri(link).AbsolutePath, await Page.ContentAsync(), StringComparison.Ordinal);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link widerrufen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der Kalender-Link ist widerrufen.");
        await AssertAccessibleAsync();
        Assert.Equal(404, (await Page.APIRequest.GetAsync(new Uri(link).PathAndQuery)).Status);
    }
}
