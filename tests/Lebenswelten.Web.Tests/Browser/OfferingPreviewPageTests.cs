using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The preview of a draft and the registration of a caller, as staff use them at 360 and 1280 px (issue 25).</summary>
public sealed class OfferingPreviewPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_provider_previews_a_draft_under_its_banner_and_publishes_it_at_360_px()
    {
        var draft = await (await DemoProvider.OfAsync(Host)).CreateOfferingAsync(Host, d => d with { Publish = false });

        await LogInAsync("provider@jena.demo");
        await Page.SetViewportSizeAsync(360, 740);
        await VisitAsync($"/verwaltung/jena/angebote/{draft.Id}/bearbeiten");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Vorschau ansehen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Vorschau – noch nicht veröffentlicht")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(draft.Title);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Termine" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Jetzt veröffentlichen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("ist veröffentlicht");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Öffentliche Seite des Angebots ansehen" })).ToBeVisibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_provider_registers_a_caller_without_e_mail_and_is_told_to_confirm_by_phone_at_360_px()
    {
        var offering = await (await DemoProvider.OfAsync(Host)).CreateOfferingAsync(Host);

        await LogInAsync("provider@jena.demo");
        await Page.SetViewportSizeAsync(360, 740);
        await VisitAsync($"/verwaltung/jena/angebote/{offering.Id}/teilnehmende");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Telefonische Anmeldung eintragen" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Ohne Einwilligung keine Anmeldung")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Name der anrufenden Person").FillAsync("Greta Gerufen");
        await Page.GetByLabel("Telefonnummer").FillAsync("03641 246810");
        await Page.GetByLabel("Die Person hat am Telefon eingewilligt").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bitte bestätigen Sie die Anmeldung der Person telefonisch.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Greta Gerufen" })).ToContainTextAsync("per Telefon");
        await AssertAccessibleAsync();
    }
}
