using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>What users notice before they read: target sizes, form controls, badges, tables on a phone (issue 25).</summary>
public sealed class PolishPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    /// <summary>Links in the page's main part smaller than 24 × 24 CSS px (WCAG 2.2 SC 2.5.8), as "text W×H".</summary>
    private Task<string[]> SmallLinksAsync(string scope) => Page.EvaluateAsync<string[]>(
        """
        scope => [...document.querySelectorAll(scope + ' a')].filter(a => a.offsetParent !== null)
            .map(a => [a.textContent.trim(), a.getBoundingClientRect()])
            .filter(([, r]) => r.width < 24 || r.height < 24).map(([t, r]) => `${t} ${r.width}x${r.height}`)
        """, scope);

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_cancel_link_on_the_cancel_page_is_at_least_24_px_square_at_360_px()
    {
        var offering = await TestOfferings.CreateAsync(Host);
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync($"/verwaltung/jena/angebote/{offering.Id}/absagen");

        var box = (await Page.GetByRole(AriaRole.Link, new() { Name = "Abbrechen", Exact = true }).BoundingBoxAsync())!;

        Assert.True(box.Width >= 24 && box.Height >= 24, $"Abbrechen: {box.Width}x{box.Height}");
        Assert.Empty(await SmallLinksAsync("main form"));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_links_on_the_consultation_hours_page_are_at_least_24_px_square_at_360_px()
    {
        await LogInAsync("practice@jena.demo");
        await VisitAsync("/verwaltung/jena/telemedizin/sprechzeiten");

        Assert.Empty(await SmallLinksAsync("main"));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task Select_boxes_measure_like_text_fields_and_badges_do_not_look_like_buttons()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/standorte/jena/bedarf/werte");
        var heights = await Page.EvaluateAsync<double[]>(
            "() => ['#indikator', '#stadtteil', '#jahr'].map(s => document.querySelector(s).getBoundingClientRect().height)");
        Assert.True(heights.Distinct().Count() == 1 && heights[0] >= 44, string.Join(", ", heights));

        await VisitAsync("/standorte/jena/bedarf/indikatoren");
        await AssertLabelAsync(Page.Locator(".badge", new() { HasText = "Beispieldaten" }).First);
        await VisitAsync("/verwaltung/jena/angebote");
        await AssertLabelAsync(Page.Locator(".badge", new() { HasText = "Veröffentlicht" }).First);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task Back_office_table_actions_stay_on_a_360_px_screen_and_the_layout_holds_at_1280_px()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/angebote");

        var outside = await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('table a, table button')].filter(e => e.offsetParent !== null)
                .map(e => [e.textContent.trim(), e.getBoundingClientRect()])
                .filter(([, r]) => r.left < 0 || r.right > document.documentElement.clientWidth).map(([t, r]) => `${t} ${r.left}-${r.right}`)
            """);
        Assert.Empty(outside);
        Assert.True(await Page.Locator("table .row-actions a").CountAsync() > 0);
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('table thead')).position !== 'absolute'"),
            "at 1280 px the table keeps its head row");
    }

    /// <summary>A badge is a label: no frame, no pointer, smaller than a button.</summary>
    private static async Task AssertLabelAsync(ILocator badge)
    {
        var style = await badge.EvaluateAsync<string[]>(
            "b => { const s = getComputedStyle(b); return [s.borderTopWidth, s.cursor, String(b.getBoundingClientRect().height)]; }");
        Assert.Equal("0px", style[0]);
        Assert.NotEqual("pointer", style[1]);
        Assert.True(double.Parse(style[2], System.Globalization.CultureInfo.InvariantCulture) < 30, $"badge height {style[2]}");
    }
}
