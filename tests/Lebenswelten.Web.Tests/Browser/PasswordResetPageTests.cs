using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class PasswordResetPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    private const string NewPassword = "Kirschblüten am Fluss";

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_who_forgot_the_password_asks_for_a_link_from_the_login_page()
    {
        var account = await TestAccounts.CreateAsync(Host, name: "Vera Vergesslich");
        await VisitAsync("/konto/anmelden");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Passwort vergessen?" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto/passwort-vergessen");
        await AssertAccessibleAsync();
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(account.Email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Link schicken" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Wenn es zu dieser Adresse ein Konto gibt");
        await AssertAccessibleAsync();
        Assert.Contains("/konto/passwort-neu", await MailedLinks.NewestAsync(Host, account.Email, "/konto/passwort-neu"), StringComparison.Ordinal);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_mailed_link_explains_a_weak_password_then_sets_the_new_one_for_the_login()
    {
        var account = await TestAccounts.CreateAsync(Host, name: "Vera Vergesslich");
        using (var client = Host.Client())
        {
            var form = await client.GetStringAsync("/konto/passwort-vergessen");
            await client.PostAsync("/konto/passwort-vergessen", Forms.Of(form, "Input.Email", account.Email));
        }
        var link = new Uri(await MailedLinks.NewestAsync(Host, account.Email, "/konto/passwort-neu"));

        await VisitAsync(link.PathAndQuery);
        await Page.GetByLabel("Passwort").FillAsync("zu kurz");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Passwort speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#password-error")).ToContainTextAsync("mindestens 12 Zeichen");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Passwort").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Passwort speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihr neues Passwort gilt");
        await AssertAccessibleAsync();

        await Page.GotoAsync("/konto/anmelden");
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(account.Email);
        await Page.GetByLabel("Passwort").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Page.WaitForURLAsync("**/konto");
    }
}
