using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Referrals;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// Every resident page in the states axe does not look at: 320 CSS px wide (WCAG 1.4.10), text at 200 % (1.4.4),
/// Windows' forced colours and a wish for reduced motion (2.3.3). One walk over the list keeps the cost of the suite low.
/// </summary>
public sealed class ReflowPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = 3 * PageTest.TimeoutMs)]
    public async Task Every_resident_page_reflows_at_320_px_keeps_its_text_at_200_percent_and_stays_usable_in_forced_colours()
    {
        // The statement the BITV asks for, linked from every footer.
        await VisitAsync("/");
        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Barrierefreiheit" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Erklärung zur Barrierefreiheit");
        await Assertions.Expect(Page.GetByText("teilweise barrierefrei")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "www.schlichtungsstelle-bgg.de" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        var offering = await TestOfferings.CreateAsync(Host, capacity: 5);
        var guest = await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail());
        var room = await TestTelemedicine.CreateAsync(Host);
        var slot = room.Slot(TestTelemedicine.Tomorrow, 10, 15);
        var (appointment, appointmentToken) = await TestTelemedicine.BookAsync(Host, room.Slot(TestTelemedicine.Tomorrow, 10, 30));
        using var counsellor = await Host.ApiClientAsync("jobcenter@jena.demo");
        var voucher = await Vouchers.IssueAsync(counsellor, "jena", "exercise");

        string[] anonymous =
        [
            "/", "/angebote", $"/angebote/{offering.Id}", $"/angebote/{offering.Id}/anmelden",
            $"/anmeldungen/{guest.Registration.Id}?token={Uri.EscapeDataString(guest.GuestToken!)}",
            "/standorte/jena/telemedizin", room.BookingWeek, $"/standorte/jena/telemedizin/buchen/{slot}",
            $"/telemedizin/termine/{appointment.Id}?token={Uri.EscapeDataString(appointmentToken!)}",
            $"/gutschein?code={Uri.EscapeDataString(voucher.Code)}",
            "/konto/anmelden", "/konto/registrieren", "/konto/passwort-vergessen", "/barrierefreiheit",
            "/standorte", "/standorte/jena", "/standorte/jena/ideen", "/standorte/jena/ihr-habt-gesagt", "/standorte/jena/umfragen",
        ];
        var problems = new List<string>();
        foreach (var path in anonymous)
        {
            problems.AddRange(await CheckAsync(path));
        }
        // The voucher itself, once redeemed.
        await Page.GotoAsync($"/gutschein?code={Uri.EscapeDataString(voucher.Code)}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gutschein einlösen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr Gutschein ist eingelöst.");
        problems.AddRange(await CheckAsync(new Uri(Page.Url).PathAndQuery));

        await LogInAsync("resident@jena.demo");
        foreach (var path in new[] { "/konto", "/meine-anmeldungen", "/meine-termine", "/konto/daten", "/konto/einwilligungen", "/konto/zugriffe",
                     "/standorte/jena/ideen/neu", "/meine-ideen" })
        {
            problems.AddRange(await CheckAsync(path));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<IEnumerable<string>> CheckAsync(string path)
    {
        var problems = new List<string>();
        await Page.SetViewportSizeAsync(320, 640);
        var response = await Page.GotoAsync(path);
        Assert.True(response!.Ok, $"{path} answered {response.Status}");
        problems.AddRange((await Page.EvaluateAsync<string[]>(LostContent)).Select(p => $"{path} at 320 px: {p}"));

        // 200 % text: the text alone grows in a desktop window, as with the browser's text-size setting. This is the harder
        // half of 1.4.4, because boxes sized in px do not grow with it; page zoom to 200 % of a 1280 px window is a 640 px
        // layout, which the 320 px check already covers.
        await Page.SetViewportSizeAsync(1280, 800);
        await Page.EvaluateAsync("() => document.documentElement.style.fontSize = '200%'");
        problems.AddRange((await Page.EvaluateAsync<string[]>(LostContent)).Select(p => $"{path} at 200 % text: {p}"));
        await Page.EvaluateAsync("() => document.documentElement.style.fontSize = ''");

        await Page.SetViewportSizeAsync(360, 740);
        await Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active, ReducedMotion = ReducedMotion.Reduce });
        problems.AddRange((await Page.EvaluateAsync<string[]>(Unusable)).Select(p => $"{path} in forced colours / reduced motion: {p}"));
        // The focus stays visible when the system draws the colours: the first stops of the page by Tab.
        var keys = new KeyboardWalk(Page) { ForcedColours = true };
        await keys.ToAsync("main a, main button, main input, main select, main textarea, main summary, footer a");
        await Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None, ReducedMotion = ReducedMotion.NoPreference });
        return problems;
    }

    /// <summary>Sideways scrolling of the page, and any element that cuts its content off (overflow hidden or clip, ellipsis).</summary>
    internal const string LostContent = """
        () => {
          const found = [];
          const doc = document.documentElement;
          if (doc.scrollWidth > doc.clientWidth) found.push('the page scrolls sideways by ' + (doc.scrollWidth - doc.clientWidth) + ' px');
          for (const el of document.body.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            if (s.display === 'none' || s.visibility === 'hidden' || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
            const cut = v => v === 'hidden' || v === 'clip';
            if ((cut(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (cut(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
                || (s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth))
              found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/\s+/g, '.') : '') + ' cuts off "' + el.innerText.trim().slice(0, 40) + '"');
          }
          return found;
        }
        """;

    /// <summary>Controls without a border in forced colours (their background is gone there), and anything that still moves.</summary>
    private const string Unusable = """
        () => {
          const found = [];
          const visible = el => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden'; };
          const controls = 'button:not(.link-button), a.button-link, a.slot-button, select, textarea, input:not([type=hidden]):not([type=checkbox]):not([type=radio])';
          for (const el of document.querySelectorAll(controls)) {
            if (!visible(el)) continue;
            const s = getComputedStyle(el);
            const border = ['Top', 'Right', 'Bottom', 'Left'].every(side => s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) >= 1);
            if (!border) found.push(el.tagName.toLowerCase() + ' "' + (el.innerText || el.value || el.name || '').trim().slice(0, 40) + '" has no border');
          }
          for (const el of document.querySelectorAll('*')) {
            const s = getComputedStyle(el);
            const moves = s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || (s.animationName !== 'none' && s.animationDuration.split(',').some(d => parseFloat(d) > 0));
            if (moves) found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).replace(/\s+/g, '.') : '') + ' moves (transition or animation)');
          }
          return found;
        }
        """;
}
