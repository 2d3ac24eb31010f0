using Lebenswelten.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>Everything in the shell works with JavaScript switched off (old phones, strict settings).</summary>
public sealed class NoScriptPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    protected override bool JavaScriptEnabled => false;

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task Login_site_switch_and_language_work_without_JavaScript()
    {
        await LogInAsync("provider@chemnitz.demo");
        await Assertions.Expect(Page.GetByText("Anbieter")).ToBeVisibleAsync();

        await Page.GetByLabel("Standort", new() { Exact = true }).SelectOptionAsync("chemnitz");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wechseln" }).ClickAsync();
        await Page.WaitForURLAsync("**/standorte/chemnitz");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "NINERS Chemnitz" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Organisations involved" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
