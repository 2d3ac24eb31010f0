using System.Text.RegularExpressions;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed partial class RegistrationPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_resident_registers_gets_the_calendar_cancels_and_the_waiting_guest_moves_up()
    {
        var offering = await TestOfferings.CreateAsync(Host, capacity: 1);
        await LogInAsync("resident@jena.demo");

        await VisitAsync($"/angebote/{offering.Id}/anmelden");
        await Assertions.Expect(Page.GetByText("Noch 1 Platz frei.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();
        await Page.WaitForURLAsync("**/anmeldungen/*");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByText("Sie sind angemeldet. Ihr Platz ist sicher.")).ToBeVisibleAsync();
        var confirmation = await Host.Mail.WaitForAsync(m => m.To.ToString().Contains("resident@jena.demo", StringComparison.Ordinal)
            && (m.Subject ?? "").Contains(offering.Title, StringComparison.Ordinal));
        Assert.Contains(confirmation[0].Attachments, a => a.ContentType.MimeType == "text/calendar");

        var guestEmail = TestOfferings.GuestEmail();
        var guest = await TestOfferings.RegisterGuestAsync(Host, offering.Id, guestEmail);
        Assert.Equal(1, guest.WaitingListPosition);

        await Page.ReloadAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmeldung absagen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte setzen Sie das Häkchen, wenn Sie wirklich absagen möchten.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Ja, ich möchte wirklich absagen.").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anmeldung absagen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Diese Anmeldung ist abgesagt.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        var movedUp = await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(guestEmail, StringComparison.Ordinal)
            && (m.Subject ?? "").Contains("nachgerückt", StringComparison.Ordinal));
        Assert.Contains(movedUp[0].Attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal(RegistrationStatus.Confirmed, (await TestOfferings.FindAsync(Host, guest.Registration.Id))!.Status);

        await VisitAsync("/meine-anmeldungen");
        var card = Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = offering.Title });
        await Assertions.Expect(card).ToContainTextAsync("Abgesagt");
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_registers_with_the_form_and_confirms_the_address_from_the_mail()
    {
        var offering = await TestOfferings.CreateAsync(Host, capacity: 5);
        var email = TestOfferings.GuestEmail();

        await VisitAsync($"/angebote/{offering.Id}/anmelden");
        await Assertions.Expect(Page.GetByText("anonym")).ToBeVisibleAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Olena Kovalenko");
        await Page.GetByLabel("E-Mail-Adresse").FillAsync("olena-at-example");
        await Page.GetByLabel("Geburtsjahr (z. B. 1980)").FillAsync("neunzehn");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte eine Jahreszahl mit 4 Ziffern angeben, z. B. 1980.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Geburtsjahr (z. B. 1980)").FillAsync("1979");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.")).ToBeVisibleAsync();
        await Page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await Page.GetByLabel("Postleitzahl").FillAsync("07747");
        await Page.GetByLabel("weiblich").CheckAsync();
        var answer = Page.WaitForResponseAsync(r => r.Url.Contains("/anmeldungen/", StringComparison.Ordinal));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();
        Assert.Equal("no-referrer", await (await answer).HeaderValueAsync("referrer-policy"));
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByText("Sie sind angemeldet. Ihr Platz ist sicher.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 24 Stunden.")).ToBeVisibleAsync();

        var mail = (await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal)))[0];
        var link = ConfirmLink().Match(mail.TextBody ?? "").Value;
        await Page.GotoAsync(link);
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, das ist meine E-Mail-Adresse" }).ClickAsync();
        await Page.WaitForURLAsync("**/anmeldungen/*?token=*");
        await Assertions.Expect(Page.GetByText("Sie sind angemeldet. Ihr Platz ist sicher.")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Bitte bestätigen Sie Ihre E-Mail-Adresse")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"http\S+/bestaetigen\?token=\S+")]
    private static partial Regex ConfirmLink();
}
