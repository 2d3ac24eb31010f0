using Lebenswelten.Web.Tests.Privacy;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class PrivacyPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_withdraws_a_consent_and_downloads_all_data_as_a_page()
    {
        var offering = await TestOfferings.CreateAsync(Host);
        var resident = await TestAccounts.CreateAsync(Host);
        await TestOfferings.RegisterAsync(Host, resident, offering.Id, postcode: "07743");
        await LogInAsync(resident.Email!);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Meine Einwilligungen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Widerrufen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Die Einwilligung ist widerrufen.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await VisitAsync("/konto/daten");
        await Page.GetByLabel("Zum Lesen (HTML)").CheckAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Herunterladen" }).ClickAsync());
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(offering.Title, html, StringComparison.Ordinal);
        Assert.Contains("widerrufen am", html, StringComparison.Ordinal);
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_erases_the_account_after_confirming_with_the_tick()
    {
        var offering = await TestOfferings.CreateAsync(Host);
        var resident = await TestAccounts.CreateAsync(Host);
        await TestOfferings.RegisterAsync(Host, resident, offering.Id);
        await LogInAsync(resident.Email!);

        await VisitAsync("/konto/daten");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte bestätigen Sie das Löschen mit dem Häkchen.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Ja, ich will mein Konto und meine Daten endgültig löschen.").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Endgültig löschen" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto/geloescht");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ihre Daten sind gelöscht" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        using var scope = Host.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(resident.Id));
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_sees_the_data_page_of_the_personal_link()
    {
        var offering = await TestOfferings.CreateAsync(Host);
        var guest = await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail());

        await VisitAsync($"/anmeldungen/{guest.Registration.Id}?token={Uri.EscapeDataString(guest.GuestToken!)}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Meine Daten: herunterladen, Einwilligungen, löschen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Meine Daten zu dieser Anmeldung" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Für Programme (JSON)" }).ClickAsync());
        Assert.Contains(offering.Title, await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);
    }
}
