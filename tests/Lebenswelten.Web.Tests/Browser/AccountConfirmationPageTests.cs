using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The confirmation steps of issue 15 as a person sees them: a button behind the mailed link, and invitations.</summary>
public sealed class AccountConfirmationPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_mailed_sign_up_link_shows_a_button_that_confirms_the_address()
    {
        var email = $"knopf-{Guid.NewGuid():N}@example.org";
        await SignUps.SubmitAsync(Host, email, AppHost.DemoPassword);

        await VisitAsync(await SignUps.ConfirmationLinkAsync(Host, email));
        await Assertions.Expect(Page.GetByText("Sie haben sich nicht registriert? Dann klicken Sie nicht.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "E-Mail-Adresse bestätigen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre E-Mail-Adresse ist bestätigt");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task An_invitation_for_an_account_in_use_asks_to_log_in_and_comes_back_to_accept()
    {
        var account = await TestAccounts.CreateAsync(Host);
        (await Host.ApiClientAsync(account.Email)).Dispose(); // a login: the account is in use
        var link = await InviteAsync(account.Email);

        await VisitAsync(link);
        await Assertions.Expect(Page.GetByText("Bitte melden Sie sich mit diesem Konto an")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" }).Last.ClickAsync();
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(account.Email);
        await Page.GetByLabel("Passwort").FillAsync(AppHost.DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await Page.WaitForURLAsync($"**{link}");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung annehmen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einladung ist angenommen");
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task An_invitation_for_an_account_never_used_asks_for_name_and_a_new_password()
    {
        var account = await TestAccounts.CreateAsync(Host);
        var link = await InviteAsync(account.Email);

        await VisitAsync(link);
        await Assertions.Expect(Page.GetByText("noch nie jemand angemeldet")).ToBeVisibleAsync();
        await Page.GetByLabel("Ihr Name").FillAsync("Neue Besitzerin");
        await Page.GetByLabel("Passwort").FillAsync("Ganz-neues-Passwort-2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladung annehmen" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einladung ist angenommen");
        await AssertAccessibleAsync();
    }

    /// <summary>Invites the address as an evaluator at Jena; returns the mailed link's path.</summary>
    private async Task<string> InviteAsync(string email)
    {
        using var coordinator = await Host.ApiClientAsync("coordinator@jena.demo");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/sites/jena/invitations", new { email, role = "Evaluator" })).StatusCode);
        return new Uri(await MailedLinks.NewestAsync(Host, email, "/einladung/")).AbsolutePath;
    }
}
