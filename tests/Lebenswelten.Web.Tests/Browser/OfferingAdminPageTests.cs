using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class OfferingAdminPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_provider_publishes_a_weekly_course_and_takes_attendance_on_a_phone()
    {
        var title = $"Tanzen 60plus {Guid.NewGuid():N}"[..22];
        var from = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(2);
        await LogInAsync("provider@jena.demo");
        await VisitAsync("/standorte/jena");
        await OpenMenuAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Meine Angebote" }).ClickAsync();
        await Page.WaitForURLAsync("**/verwaltung/jena/angebote");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Neues Angebot" }).ClickAsync();
        await Page.WaitForURLAsync("**/verwaltung/jena/angebote/neu");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Angebot anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Titel: Bitte ausfüllen.");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Art des Angebots").SelectOptionAsync("Course");
        await Page.GetByLabel("Ältere Menschen").CheckAsync();
        var series = Page.GetByRole(AriaRole.Group, new() { Name = "Wöchentliche Serie" });
        await series.GetByLabel("Erster Tag").FillAsync(from.ToString("yyyy-MM-dd"));
        await series.GetByLabel("Letzter Tag").FillAsync(from.AddDays(20).ToString("yyyy-MM-dd"));
        await series.GetByLabel(Weekday(from.DayOfWeek)).CheckAsync();
        await series.GetByLabel("Beginn").FillAsync("10:00");
        await series.GetByLabel("Ende").FillAsync("11:00");
        await Page.GetByLabel("Preis in Euro", new() { Exact = true }).FillAsync("3,50");
        await Page.GetByLabel("Gleich veröffentlichen").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Angebot anlegen" }).ClickAsync();

        await Page.WaitForURLAsync("**/verwaltung/jena/angebote");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"„{title}“ ist angelegt und veröffentlicht.");
        await AssertAccessibleAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Veröffentlicht");
        await Assertions.Expect(row).ToContainTextAsync("0 von 12 belegt");

        var id = await OfferingIdAsync(title);
        await TestOfferings.RegisterGuestAsync(Host, id, TestOfferings.GuestEmail(), "Erika Mustermann");
        // The first session begins: attendance is taken from its start on (issue 25).
        await TestOfferings.StartSessionsAsync(Host, id, count: 1);
        await row.GetByRole(AriaRole.Link, new() { Name = "Teilnehmende" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Erika Mustermann" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = $"Bereiche von „{title}“" })
            .GetByRole(AriaRole.Link, new() { Name = "Anwesenheit" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Anwesenheit: {title}");
        await AssertAccessibleAsync();
        var box = Page.GetByLabel("Erika Mustermann");
        var size = (await box.BoundingBoxAsync())!;
        var label = (await Page.Locator("label", new() { HasText = "Erika Mustermann" }).BoundingBoxAsync())!;
        Assert.True(size.Width >= 24 && label.Height >= 44, $"touch target {size.Width}x{label.Height}");
        await box.CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anwesenheit speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gespeichert: 1 Personen anwesend.");
        await Assertions.Expect(Page.GetByLabel("Erika Mustermann")).ToBeCheckedAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_guest_prints_the_certificate_without_the_sites_navigation()
    {
        var provider = await DemoProvider.OfAsync(Host);
        var offering = await provider.CreateOfferingAsync(Host, d =>
            d with { Certification = Core.Offerings.Certification.ZppCertified, CertificationNote = "KU-ZPP-20261234" });
        var guest = await TestOfferings.RegisterGuestAsync(Host, offering.Id, TestOfferings.GuestEmail(), "Fatma Yıldız");
        var address = $"/anmeldungen/{guest.Registration.Id}/bescheinigung?token={guest.GuestToken}";
        Assert.Equal(404, (await Page.GotoAsync(address))!.Status);
        await Assertions.Expect(Page.GetByText("mindestens 80 %", new() { Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await TestOfferings.StartSessionsAsync(Host, offering.Id);
        using (var scope = Host.Services.CreateScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<Core.Offerings.AttendanceBook>();
            foreach (var session in offering.Sessions)
            {
                Assert.True((await book.RecordAsync(offering.Id, session.Id, [guest.Registration.Id],
                    new Core.Privacy.AuditActor(provider.UserId, null), default)).Succeeded);
            }
        }

        await VisitAsync(address);

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Teilnahmebescheinigung");
        await Assertions.Expect(Page.GetByText("Fatma Yıldız")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("KU-ZPP-20261234", new() { Exact = false })).ToBeVisibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" })).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByText("Als PDF speichern", new() { Exact = false })).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByText("Fatma Yıldız")).ToBeVisibleAsync();
    }

    private static string Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "Montag", DayOfWeek.Tuesday => "Dienstag", DayOfWeek.Wednesday => "Mittwoch",
        DayOfWeek.Thursday => "Donnerstag", DayOfWeek.Friday => "Freitag", DayOfWeek.Saturday => "Samstag", _ => "Sonntag",
    };

    private async Task<Guid> OfferingIdAsync(string title)
    {
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Offerings
            .Where(o => o.Title == title).Select(o => o.Id).SingleAsync();
    }
}
