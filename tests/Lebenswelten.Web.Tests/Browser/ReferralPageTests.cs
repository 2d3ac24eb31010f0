using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Referrals;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class ReferralPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_counsellor_issues_a_voucher_and_prints_it_in_arabic_right_to_left_and_in_leichte_sprache()
    {
        await LogInAsync("jobcenter@jena.demo");
        await VisitAsync("/verwaltung/jena/gutscheine");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ausgeben und drucken" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Categories-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Bewegung").CheckAsync();
        await Page.GetByLabel("Stress und seelische Gesundheit").CheckAsync();
        await Page.GetByLabel("Notiz für die Person (freiwillig)").FillAsync("Montags hat der Kurs im Park Plätze.");
        await Page.GetByLabel("Sprache des Gutscheins").SelectOptionAsync(new SelectOptionValue { Label = "العربية" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ausgeben und drucken" }).ClickAsync();
        await Page.WaitForURLAsync("**/drucken?**");
        var number = new Uri(Page.Url).AbsolutePath.Split('/')[^2][^8..];

        var voucher = Page.Locator("article.voucher");
        await Assertions.Expect(voucher).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(voucher).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await voucher.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Assertions.Expect(voucher).ToContainTextAsync("قسيمة لعروض صحية");
        await Assertions.Expect(voucher.Locator(".code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){2}$"));
        await Assertions.Expect(voucher.GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // Sent by e-mail too: a bad address is a field error in German, a good one gets the voucher in Arabic with its code.
        var code = await voucher.Locator(".code").TextContentAsync();
        var address = $"kundin-{Guid.NewGuid():N}@example.org";
        var mailField = Page.GetByLabel("E-Mail-Adresse der Kundin oder des Kunden (freiwillig)");
        await mailField.FillAsync("keine-adresse");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gutschein per E-Mail schicken (العربية)" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#email-error")).ToHaveTextAsync("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
        await Assertions.Expect(mailField).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync();
        await mailField.FillAsync(address);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gutschein per E-Mail schicken (العربية)" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Gutschein ist per E-Mail unterwegs.");
        var mail = (await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(address, StringComparison.Ordinal))).Single();
        Assert.Equal("قسيمة لعروض صحية", mail.Subject);
        Assert.Contains(code!, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/gutschein?code=", mail.TextBody, StringComparison.Ordinal);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Leichte Sprache" }).ClickAsync();
        await Assertions.Expect(voucher).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(voucher).ToContainTextAsync("Sie müssen nicht mitmachen.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Als A4 drucken" }).ClickAsync();
        await Assertions.Expect(Page.Locator("article.voucher-a4")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // Back on the list: three facts, and the note is gone for good.
        await VisitAsync("/verwaltung/jena/gutscheine");
        await Assertions.Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "keine Information" }).First).ToBeVisibleAsync();
        Assert.DoesNotContain("Montags hat der Kurs", await Page.ContentAsync(), StringComparison.Ordinal);

        // A consent the client signed on paper: without the day and the signed form nothing is recorded.
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Einwilligung erfassen für Gutschein Nr. {number}" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Erfassen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#signed-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await Assertions.Expect(Page.Locator("#paper-error")).ToContainTextAsync("Bitte bestätigen Sie");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Einwilligung: Das Jobcenter darf „eingelöst: ja“ erfahren").CheckAsync();
        await Page.GetByLabel("Unterschrieben am").FillAsync(BerlinTime.LocalDate(Host.Clock.GetUtcNow())
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Das unterschriebene Formular liegt mir vor und wird abgelegt.").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Erfassen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einwilligung auf Papier ist erfasst.");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_client_redeems_registers_and_consents_and_the_counsellor_sees_redeemed_yes_and_nothing_else()
    {
        var offering = await CatalogueOfferings.CreateAsync(Host, $"Gutscheinkurs {Guid.NewGuid():N}"[..22]);
        using var counsellor = await Host.ApiClientAsync("jobcenter@jena.demo");
        var issued = await Vouchers.IssueAsync(counsellor, "jena", "exercise");

        await VisitAsync("/gutschein?code=" + Uri.EscapeDataString(issued.Code.ToLowerInvariant().Replace("-", " ")));
        await Assertions.Expect(Page.GetByLabel("Code des Gutscheins")).Not.ToBeEmptyAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Checkbox)).Not.ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gutschein einlösen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr Gutschein ist eingelöst.");
        await Assertions.Expect(Page.Locator(".jobcenter-view")).ToContainTextAsync("keine Information");
        await AssertAccessibleAsync();
        var token = new Uri(Page.Url).Query.Split('&').First(p => p.TrimStart('?').StartsWith("token=", StringComparison.Ordinal)).Split('=')[1];

        // Nearest first: a postcode we do not know is a field error, a known one orders the offerings by distance.
        await Page.GetByLabel("Ihre Postleitzahl (freiwillig)").FillAsync("0774");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nach Entfernung ordnen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#plz-error")).ToHaveTextAsync("Bitte eine Postleitzahl mit 5 Ziffern angeben.");
        await Page.GetByLabel("Ihre Postleitzahl (freiwillig)").FillAsync("07743");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nach Entfernung ordnen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die nächsten Angebote zuerst");
        await AssertAccessibleAsync();

        await VisitAsync($"/gutschein/{issued.Id}/anmelden/{offering.Id}?token={token}");
        await Page.GetByLabel("Name").FillAsync("Kim Beispiel");
        await Page.GetByLabel("E-Mail-Adresse").FillAsync($"kim-{Guid.NewGuid():N}@example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mit dem Gutschein anmelden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sie sind angemeldet.");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Zurück zum Gutschein" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{offering.Title} – angemeldet" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, das Jobcenter darf es erfahren" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Zustimmung ist gespeichert.");
        await Assertions.Expect(Page.Locator(".jobcenter-view")).ToContainTextAsync("eingelöst: ja");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Leichte Sprache" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await LogInAsync("jobcenter@jena.demo");
        await VisitAsync("/verwaltung/jena/gutscheine");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = issued.Id.ToString()[^8..] });
        await Assertions.Expect(row).ToContainTextAsync("eingelöst: ja");
        var html = await Page.ContentAsync();
        Assert.DoesNotContain(offering.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kim Beispiel", html, StringComparison.Ordinal);
    }
}
