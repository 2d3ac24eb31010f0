using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The provider's back office beyond the tick list: certificates, the participant list as a file, messages (issue 25).</summary>
public sealed class OfferingBackOfficePageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_provider_sees_who_earned_the_certificate_and_prints_all_earned_ones_at_1280_and_360_px()
    {
        var provider = await DemoProvider.OfAsync(Host);
        var offering = await provider.CreateOfferingAsync(Host);
        var fatma = await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail(), "Fatma Yıldız");
        await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail(), "Olaf Oftweg");
        var sessions = await TestOfferings.StartSessionsAsync(Host, offering.Id);
        using (var scope = Host.Services.CreateScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<Core.Offerings.AttendanceBook>();
            foreach (var session in sessions)
            {
                Assert.True((await book.RecordAsync(offering.Id, session.Id, [fatma.Registration.Id],
                    new Core.Privacy.AuditActor(provider.UserId, null), default)).Succeeded);
            }
        }

        await LogInAsync("provider@jena.demo");
        await Page.SetViewportSizeAsync(1280, 800);
        await VisitAsync($"/verwaltung/jena/angebote/{offering.Id}/teilnahme");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fatma Yıldız" })).ToContainTextAsync("Erreicht");
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Olaf Oftweg" })).ToContainTextAsync("noch nicht");
        await Page.SetViewportSizeAsync(360, 740);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Alle 1 erreichten Bescheinigungen drucken" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Teilnahmebescheinigungen");
        await Assertions.Expect(Page.Locator("article.certificate")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator("article.certificate")).ToContainTextAsync("Fatma Yıldız");
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(1280, 800);
        await AssertAccessibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })).ToBeHiddenAsync();
        await Assertions.Expect(Page.Locator("article.certificate")).ToBeVisibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_provider_searches_the_participants_downloads_them_as_csv_and_writes_to_the_waiting_list()
    {
        var provider = await DemoProvider.OfAsync(Host);
        var offering = await provider.CreateOfferingAsync(Host, d => d with { Capacity = 1 });
        await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail(), "Jörg Ärmel");
        var waiting = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(Host, offering.Id, waiting, "Wilma Warteliste");

        await LogInAsync("provider@jena.demo");
        await Page.SetViewportSizeAsync(1280, 800);
        await VisitAsync($"/verwaltung/jena/angebote/{offering.Id}/teilnehmende");
        await Page.GetByLabel("Name, E-Mail oder Telefon").FillAsync("ärmel");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Jörg Ärmel"]);
        await AssertAccessibleAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Liste als CSV (Excel) herunterladen" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Name;E-Mail;Telefon;Stand", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Jörg Ärmel", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Wilma", csv, StringComparison.Ordinal);
        await Page.SetViewportSizeAsync(360, 740);
        await AssertAccessibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Jörg Ärmel" })).ToBeVisibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nachricht an Teilnehmende oder Warteliste" }).ClickAsync();
        await Page.GetByLabel("Die Warteliste").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nachricht senden" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Bitte ausfüllen.").First).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Betreff").FillAsync("Zweiter Kurs ab Mai");
        await Page.GetByLabel("Nachricht", new() { Exact = true }).FillAsync("Wir bieten einen zweiten Kurs an.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Nachricht senden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nachricht an 1 Personen gesendet.");
        var mail = await Host.Mail.WaitForAsync(m => m.To.ToString().Contains(waiting, StringComparison.Ordinal)
            && (m.Subject ?? "").Contains("Zweiter Kurs ab Mai", StringComparison.Ordinal));
        Assert.Contains("Wir bieten einen zweiten Kurs an.", mail[0].TextBody);
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_sees_the_sites_offerings_not_their_own()
    {
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/angebote");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Angebote am Standort Jena");
    }
}
