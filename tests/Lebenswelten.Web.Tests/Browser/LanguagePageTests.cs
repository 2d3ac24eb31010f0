using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// Issue 23: the resident flow in Arabic (right to left), Ukrainian and Leichte Sprache, each page checked by axe and for
/// sideways scrolling at 360 px (VisitAsync). One lean walk per language: the language comes from the menu once and the
/// cookie keeps it.
/// </summary>
public sealed class LanguagePageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_finds_an_offering_and_registers_in_Arabic_right_to_left()
    {
        var offering = await TestOfferings.CreateAsync(Host, capacity: 5);

        await VisitAsync("/");
        await ChooseLanguageAsync("العربية");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "عِش بصحة حيث تسكن" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        // The layout mirrors: the skip link and note borders sit on the right, where Arabic starts.
        Assert.Equal("rtl", await Page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));

        await VisitAsync("/angebote");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "العروض في جميع المواقع" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("p.note").Filter(new() { HasText = "تظهر أولًا" })).ToBeVisibleAsync();

        await VisitAsync($"/angebote/{offering.Id}");
        await Assertions.Expect(Page.Locator("h1[dir=auto]")).ToHaveTextAsync(offering.Title);

        await VisitAsync($"/angebote/{offering.Id}/anmelden");
        await Page.GetByLabel("الاسم", new() { Exact = true }).FillAsync("ليلى حسن");
        await Page.GetByLabel("البريد الإلكتروني").FillAsync(TestOfferings.GuestEmail());
        await Page.GetByRole(AriaRole.Button, new() { Name = "تسجيل مُلزِم" }).ClickAsync();
        await Page.WaitForURLAsync("**/anmeldungen/*");
        await Assertions.Expect(Page.GetByText("أنت مسجّل. مكانك مضمون.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_walks_the_pages_in_Ukrainian()
    {
        // An account of its own: the language chosen is kept in the account, and other tests sign in as the demo resident.
        var resident = await TestAccounts.CreateAsync(Host, Lebenswelten.Core.Identity.SiteRole.Resident);
        await VisitAsync("/?culture=uk");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Здорове життя там, де ви живете" })).ToBeVisibleAsync();
        await VisitAsync("/angebote");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Пропозиції в усіх місцях" })).ToBeVisibleAsync();
        await VisitAsync("/standorte/jena/telemedizin");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Телемедицина в" })).ToBeVisibleAsync();
        await VisitAsync("/gutschein");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Використати ваучер" })).ToBeVisibleAsync();
        await VisitAsync("/konto/registrieren");
        await VisitAsync("/konto/anmelden");
        await Page.GetByLabel("Адреса електронної пошти").FillAsync(resident.Email);
        await Page.GetByLabel("Пароль").FillAsync(AppHost.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Мій обліковий запис" })).ToBeVisibleAsync();
        await VisitAsync("/meine-anmeldungen");
        await VisitAsync("/konto/daten");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Мої дані", Exact = true })).ToBeVisibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_walks_the_pages_in_Leichte_Sprache()
    {
        var resident = await TestAccounts.CreateAsync(Host, Lebenswelten.Core.Identity.SiteRole.Resident);
        await VisitAsync("/?culture=de-XL");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de-XL");
        await Assertions.Expect(Page.GetByText("Wählen Sie Ihren Ort.")).ToBeVisibleAsync();
        await VisitAsync("/angebote");
        await Assertions.Expect(Page.GetByText("Viele Angebote kosten nichts.")).ToBeVisibleAsync();
        await VisitAsync("/standorte/jena/telemedizin");
        await VisitAsync("/gutschein");
        await LogInAsync(resident.Email);
        await VisitAsync("/meine-termine");
        await VisitAsync("/konto/daten");
        await Assertions.Expect(Page.GetByText("Sie können alle Daten herunter-laden.")).ToBeVisibleAsync();
        await VisitAsync("/konto/einwilligungen");
    }
}
