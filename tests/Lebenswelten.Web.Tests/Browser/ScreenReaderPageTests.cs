using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// What a screen reader hears in the two resident forms, read from Chromium's accessibility tree (Playwright's ARIA
/// snapshot): every control has its role and name (WCAG 4.1.2, 1.3.1), and after a refused submit the focus is on the
/// error summary, its links name the fields, and each refused field is invalid and described by its message (3.3.1).
/// </summary>
public sealed class ScreenReaderPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_guest_registration_form_names_its_fields_and_announces_what_was_refused()
    {
        var offering = await TestOfferings.CreateAsync(Host, capacity: 5);
        await VisitAsync($"/angebote/{offering.Id}/anmelden");
        var form = Page.Locator("form.registration-form");
        await Assertions.Expect(form).ToMatchAriaSnapshotAsync("""
            - textbox "Name"
            - textbox "E-Mail-Adresse"
            - textbox /Telefon/
            - group "Freiwillige Angaben für die Statistik":
              - textbox "Postleitzahl"
              - textbox "Geburtsjahr (z. B. 1980)"
              - group "Geschlecht":
                - radio "weiblich"
            - button "Verbindlich anmelden"
            """);

        await form.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();
        var summary = Page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToMatchAriaSnapshotAsync("""
            - alert "Bitte prüfen Sie Ihre Angaben.":
              - heading "Bitte prüfen Sie Ihre Angaben." [level=2]
              - list:
                - listitem:
                  - link "Name"
                - listitem:
                  - link "E-Mail-Adresse"
            """);
        await AssertAccessibleAsync();
        await AssertRefusedAsync(form.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }), "#name-error");
        await AssertRefusedAsync(form.GetByLabel("E-Mail-Adresse"), "#email-error");
        await Assertions.Expect(form.GetByLabel("Postleitzahl")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await summary.GetByRole(AriaRole.Link, new() { Name = "E-Mail-Adresse" }).ClickAsync();
        await Assertions.Expect(form.GetByLabel("E-Mail-Adresse")).ToBeFocusedAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_booking_form_names_its_fields_and_announces_what_was_refused()
    {
        var setup = await TestTelemedicine.CreateAsync(Host);
        await VisitAsync($"/standorte/jena/telemedizin/buchen/{setup.Slot(TestTelemedicine.Tomorrow, 10, 45)}");
        var form = Page.Locator("form.booking-form");
        await Assertions.Expect(form).ToMatchAriaSnapshotAsync("""
            - textbox "Name"
            - textbox "E-Mail-Adresse"
            - textbox /Telefon/
            - group "Worum geht es?":
              - radio "Verlaufskontrolle" [checked]
              - radio "Rezeptbesprechung"
            - textbox "Ihre Nachricht an die Praxis"
            - button "Verbindlich buchen"
            """);

        await form.GetByRole(AriaRole.Button, new() { Name = "Verbindlich buchen" }).ClickAsync();
        var summary = Page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToMatchAriaSnapshotAsync("""
            - alert "Bitte prüfen Sie Ihre Angaben.":
              - heading "Bitte prüfen Sie Ihre Angaben." [level=2]
              - list:
                - listitem:
                  - link "Name"
                - listitem:
                  - link "E-Mail-Adresse"
            """);
        await AssertAccessibleAsync();
        await AssertRefusedAsync(form.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }), "#name-error");
        await AssertRefusedAsync(form.GetByLabel("E-Mail-Adresse"), "#email-error");
        await Assertions.Expect(form.GetByLabel("Ihre Nachricht an die Praxis")).Not.ToHaveAttributeAsync("aria-invalid", "true");
    }

    /// <summary>The field is marked invalid and its description, as read out, holds its message.</summary>
    private async Task AssertRefusedAsync(ILocator field, string message)
    {
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var text = (await Page.Locator(message).InnerTextAsync()).Trim();
        Assert.NotEmpty(text);
        await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(text)));
    }
}
