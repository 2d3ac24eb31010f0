using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The practice's day and week on a desktop screen and on a phone (issue 25).</summary>
public sealed class PracticeWorkspacePageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    /// <summary>
    /// Every block of text on the appointment cards, whose box is narrower than its longest word: what "one letter per
    /// line" looked like. Each word is measured in the element's own font, unbroken.
    /// </summary>
    private const string SqueezedText = """
        () => {
          const squeezed = [];
          for (const el of document.querySelectorAll('.cards.appointments .card :is(h3, p, dt, dd, summary, label)')) {
            const style = getComputedStyle(el);
            const text = el.innerText.trim();
            if (!text || style.display === 'inline') continue;
            const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            // An e-mail address or a link is one "word" longer than a phone is wide: it may wrap anywhere, by design.
            for (const word of text.split(/\s+/).filter(w => !w.includes('@') && !/^https?:/.test(w))) {
              const probe = document.createElement('span');
              probe.style.cssText = 'white-space:nowrap;position:absolute;visibility:hidden';
              probe.textContent = word;
              el.appendChild(probe);
              const needed = probe.getBoundingClientRect().width;
              probe.remove();
              if (el.scrollWidth > el.clientWidth + 1 || width + 1 < needed) {
                squeezed.push(`${el.tagName} "${text.slice(0, 40)}": ${width}px for "${word}" (${needed}px)`);
                break;
              }
            }
          }
          return squeezed;
        }
        """;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task At_1280_px_no_value_on_the_day_view_is_narrower_than_its_longest_word_and_the_week_shows_the_appointment()
    {
        var setup = await TestTelemedicine.CreateAsync(Host);
        var name = $"Konstantin Breitenbach-Wortmann {Guid.NewGuid().ToString("N")[..4]}";
        await TestTelemedicine.BookAsync(Host, setup.Slot(TestTelemedicine.Tomorrow, 10, 30), name: name,
            reason: "Langzeitblutdruckmessung und Medikamentenumstellung besprechen");

        await LogInAsync("practice@jena.demo");
        await Page.SetViewportSizeAsync(1280, 800);
        await VisitAsync($"/verwaltung/jena/telemedizin/praxis?tag={TestTelemedicine.Tomorrow:yyyy-MM-dd}");
        await Assertions.Expect(Page.Locator(".cards.appointments .card").Filter(new() { HasText = name })).ToBeVisibleAsync();
        Assert.Empty(await Page.EvaluateAsync<string[]>(SqueezedText));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Die nächsten Termine" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Wochenansicht" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Videosprechstunde: Termine der Woche");
        await Assertions.Expect(Page.Locator(".week-day").Filter(new() { HasText = name })).ToContainTextAsync("10:30–10:45");
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(360, 740);
        await AssertAccessibleAsync();
        await Page.Locator(".week-day").Filter(new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(Page.Locator(".cards.appointments .card").Filter(new() { HasText = name })).ToBeVisibleAsync();
        Assert.Empty(await Page.EvaluateAsync<string[]>(SqueezedText));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task An_empty_day_points_to_the_next_appointment_and_the_hours_list_shows_the_weekly_hours()
    {
        var setup = await TestTelemedicine.CreateAsync(Host);
        await TestTelemedicine.BookAsync(Host, setup.Slot(TestTelemedicine.Tomorrow, 11, 0), name: "Nora Nächste");
        var empty = TestTelemedicine.Tomorrow.AddDays(-4);

        await LogInAsync("practice@jena.demo");
        await VisitAsync($"/verwaltung/jena/telemedizin/praxis?tag={empty:yyyy-MM-dd}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Nächster Termin:" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".cards.appointments .card").First).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await VisitAsync("/verwaltung/jena/telemedizin/sprechzeiten");
        // The demo practice's weekly hours are on the list itself, not only behind "edit".
        await Assertions.Expect(Page.Locator(".cards .hours dt").First).ToBeVisibleAsync();
    }
}
