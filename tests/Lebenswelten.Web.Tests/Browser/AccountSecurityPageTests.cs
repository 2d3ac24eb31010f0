using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Tests.Identity;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class AccountSecurityPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_logs_in_with_the_authenticator_code_and_the_resident_then_sees_that_read()
    {
        var (offeringId, residentEmail) = await AccessLogTests.RegisteredResidentAsync(Host);

        await LogInAsync("coordinator@jena.demo");
        await VisitAsync($"/verwaltung/jena/angebote/{offeringId}/teilnehmende");
        await Page.Context.ClearCookiesAsync();
        await LogInAsync(residentEmail);
        await VisitAsync("/konto/zugriffe");

        var row = Page.Locator("tbody tr").Filter(new() { HasText = "Teilnehmendenliste eines Angebots" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Demo coordinator");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_sets_up_an_authenticator_app_and_gets_ten_recovery_codes()
    {
        var (_, email, _) = await TestAccounts.CreateAsync(Host, SiteRole.Resident);
        await LogInAsync(email);

        await VisitAsync("/konto/zwei-faktor");
        var qr = Page.GetByRole(AriaRole.Img, new() { Name = "QR-Code für die Authenticator-App" });
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 100, "the QR code did not render");
        var key = (await Page.Locator(".totp-key code").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await Page.GetByLabel("Code aus der App").FillAsync(Totp.Code(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zweiten Faktor einschalten" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ihre Wiederherstellungscodes" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await AssertAccessibleAsync();
    }
}
