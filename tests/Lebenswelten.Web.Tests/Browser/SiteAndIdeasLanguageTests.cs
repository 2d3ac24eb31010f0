using Lebenswelten.Core.Identity;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>
/// Issue 23: a site's public page and the ideas pages are resident pages too. Arabic right to left and Leichte Sprache,
/// each page checked by axe at 360 px (VisitAsync) and for lost content at 320 px; and a form with errors in Ukrainian
/// says them in Ukrainian. Accounts of their own: the language chosen is kept in the account.
/// </summary>
public sealed class SiteAndIdeasLanguageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = 2 * PageTest.TimeoutMs)]
    public async Task The_site_page_and_the_ideas_read_right_to_left_in_Arabic_and_reflow_at_320_px()
    {
        var resident = await TestAccounts.CreateAsync(Host, SiteRole.Resident, "jena");
        await LogInAsync(resident.Email);

        await VisitAsync("/standorte/jena?culture=ar");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "المنظمات المشاركة" })).ToBeVisibleAsync();
        // The German name keeps its own direction inside the Arabic page.
        await Assertions.Expect(Page.Locator("h1")).ToHaveAttributeAsync("dir", "auto");
        await AssertReflowsAsync();

        await VisitAsync("/standorte/jena/ideen");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("أفكار لـ");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "اقترح فكرة" })).ToBeVisibleAsync();
        await AssertReflowsAsync();

        await VisitAsync("/standorte/jena/ideen/neu");
        await Assertions.Expect(Page.GetByLabel("فكرتك في جملة واحدة")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "أرسل الفكرة" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Title-error")).ToHaveTextAsync("يرجى ملء هذا الحقل.");
        await AssertAccessibleAsync();
        await AssertReflowsAsync();

        await VisitAsync("/standorte/jena/ihr-habt-gesagt");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("قلتم، ففعلنا");
        await AssertReflowsAsync();
    }

    [Fact(Timeout = 2 * PageTest.TimeoutMs)]
    public async Task The_sites_and_the_ideas_speak_Leichte_Sprache()
    {
        var resident = await TestAccounts.CreateAsync(Host, SiteRole.Resident, "jena");
        await LogInAsync(resident.Email);

        await VisitAsync("/standorte?culture=de-XL");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de-XL");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Orte");
        await AssertReflowsAsync();
        await VisitAsync("/standorte/jena");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Diese Organisationen machen mit" })).ToBeVisibleAsync();
        await AssertReflowsAsync();
        await VisitAsync("/standorte/jena/ideen");
        await Assertions.Expect(Page.GetByText("Hier schreiben Menschen aus dem Stadt-Teil ihre Ideen auf.")).ToBeVisibleAsync();
        await AssertReflowsAsync();
        await VisitAsync("/standorte/jena/ideen/neu");
        await Assertions.Expect(Page.GetByLabel("Ihre Idee in 1 Satz")).ToBeVisibleAsync();
        await VisitAsync("/meine-ideen");
        await Assertions.Expect(Page.GetByText("Sie haben noch keine Idee aufgeschrieben.")).ToBeVisibleAsync();
        await VisitAsync("/standorte/jena/ihr-habt-gesagt");
        await AssertReflowsAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_form_with_errors_in_Ukrainian_says_them_in_Ukrainian_in_the_summary()
    {
        var resident = await TestAccounts.CreateAsync(Host, SiteRole.Resident, "jena");
        await LogInAsync(resident.Email);

        await VisitAsync("/standorte/jena/ideen/neu?culture=uk");
        await Page.GetByLabel("Ваша ідея одним реченням").FillAsync("Йога");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Надіслати ідею" }).ClickAsync();

        // The summary says in Ukrainian that something is wrong and links to each field; each field says what.
        var summary = Page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Будь ласка, перевірте свої дані.");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Ваша ідея одним реченням" })).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Опис" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#Input_Title-error")).ToHaveTextAsync("Будь ласка, щонайменше 5 символів.");
        await Assertions.Expect(Page.Locator("#Input_Text-error")).ToHaveTextAsync("Будь ласка, заповніть.");
        await Assertions.Expect(Page.GetByLabel("Ваша ідея одним реченням")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync();
    }

    /// <summary>The 320 px half of ReflowPageTests' check (WCAG 1.4.10) on the page as it is, then back to 360 px.</summary>
    private async Task AssertReflowsAsync()
    {
        await Page.SetViewportSizeAsync(320, 640);
        var lost = await Page.EvaluateAsync<string[]>(ReflowPageTests.LostContent);
        await Page.SetViewportSizeAsync(360, 740);
        Assert.True(lost.Length == 0, $"{Page.Url} at 320 px:\n" + string.Join("\n", lost));
    }
}
