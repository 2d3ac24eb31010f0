using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// The resident flows done by keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7): Tab, Shift+Tab, Enter and Space, and
/// typing into the field the keyboard focused — no click, no filling a field from outside. <see cref="KeyboardWalk"/>
/// checks the focus indicator and that Tab moves on at every stop.
/// </summary>
public sealed class KeyboardPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_finds_an_offering_in_the_catalogue_and_registers_by_keyboard_alone()
    {
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(Host, $"Tastaturkurs {word}");
        var keys = new KeyboardWalk(Page);

        await VisitAsync("/");
        // The first stop is the skip link, and it leads past the header into the main content.
        await keys.PressAsync("a.skip-link");
        Assert.Equal("MAIN#inhalt", await keys.FocusedAsync());
        await keys.PressAsync("main a.button-link[href$='/angebote']");
        await Page.WaitForURLAsync("**/angebote");

        await keys.TypeAsync("#f-q", word);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 Angebot gefunden");
        await keys.PressAsync($"main a[href$='/angebote/{offering.Id}']");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Tastaturkurs {word}");
        await keys.PressAsync($"main a[href$='/angebote/{offering.Id}/anmelden']");
        await Page.WaitForURLAsync($"**/angebote/{offering.Id}/anmelden");
        await AssertAccessibleAsync();

        // Sent empty: the summary takes the focus and its links lead to the fields.
        await keys.PressAsync("form.registration-form button[type=submit]", "Space");
        await Assertions.Expect(Page.Locator("#error-summary")).ToBeFocusedAsync();
        await AssertAccessibleAsync();
        await keys.PressAsync("#error-summary a[href='#Input_Name']");
        await Assertions.Expect(Page.Locator("#Input_Name")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Tamara Tastatur");
        await keys.TypeAsync("#Input_Email", TestOfferings.GuestEmail());
        // One step back and forth: Shift+Tab returns to the name, as the order of the form promises.
        await keys.ToAsync("#Input_Name", backwards: true);
        await keys.PressAsync("form.registration-form button[type=submit]");
        await Page.WaitForURLAsync("**/anmeldungen/*");
        await Assertions.Expect(Page.GetByText("Sie sind angemeldet. Ihr Platz ist sicher.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_books_a_video_consultation_and_confirms_it_by_keyboard_alone()
    {
        var setup = await TestTelemedicine.CreateAsync(Host);
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 11, 30);
        var email = TestTelemedicine.GuestEmail();
        var keys = new KeyboardWalk(Page);

        await VisitAsync(setup.BookingWeek);
        await keys.PressAsync($"a.slot-button[href$='{slot}']");
        await Page.WaitForURLAsync($"**/buchen/{slot}");
        await keys.TypeAsync("#Input_Name", "Kemal Klavier");
        await keys.TypeAsync("#Input_Email", email);
        await keys.TypeAsync("#Input_Reason", "Rezept verlängern");
        await keys.PressAsync("form.booking-form button[type=submit]");
        await Page.WaitForURLAsync("**/telemedizin/termine/**");
        await Assertions.Expect(Page.GetByText("Fast geschafft")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        var ask = (await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal))).Single();
        var code = System.Text.RegularExpressions.Regex.Match(ask.TextBody ?? "", @"Code ein: (\d{6})").Groups[1].Value;
        await keys.TypeAsync("#verify-code", code);
        await keys.PressAsync("form button[type=submit]");
        await Assertions.Expect(Page.GetByText("Ihr Termin ist bestätigt.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
