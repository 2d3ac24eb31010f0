using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

public sealed class BackOfficePagesTests(AppHosts hosts)
{
    [Fact]
    public async Task A_form_with_mistakes_comes_back_with_German_errors_beside_the_fields_and_a_summary()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = await host.PageClientAsync("provider@jena.demo");
        var form = await client.GetStringAsync("/verwaltung/jena/angebote/neu");

        var response = await client.PostAsync("/verwaltung/jena/angebote/neu", Form(form, new()
        {
            ["Input.Title"] = "", ["Input.Price"] = "zwölf Euro", ["Input.Capacity"] = "viele",
            ["Input.Sessions[0].Date"] = "2027-03-02", ["Input.Repeat.From"] = "2027-03-01",
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("href=\"#Input_Title\">Titel: Bitte ausfüllen.", html);
        Assert.Contains("Preis in Euro: Bitte eine Zahl angeben, z. B. 12,50.", html);
        Assert.Contains("Plätze: Diese Angabe können wir nicht lesen.", html);
        Assert.Contains("Einzelne Termine: Bitte vollständig ausfüllen: Datum, Beginn und Ende.", html);
        Assert.Contains("Wöchentliche Serie: Bitte vollständig ausfüllen", html);
        Assert.Contains("Für wen ist das Angebot?: Bitte ausfüllen.", html);
        Assert.DoesNotContain("is not valid", html);
    }

    [Fact]
    public async Task A_provider_creates_a_weekly_series_with_a_German_price_and_finds_it_in_the_list()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var me = await DemoProvider.OfAsync(host);
        using var client = await host.PageClientAsync("provider@jena.demo");
        var title = $"Stuhlyoga {Guid.NewGuid():N}"[..18];
        var from = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(3);

        var form = await client.GetStringAsync("/verwaltung/jena/angebote/neu");
        var response = await client.PostAsync("/verwaltung/jena/angebote/neu", Form(form, new()
        {
            ["Input.OrganisationId"] = me.OrganisationId.ToString(), ["Input.Title"] = title, ["Input.Category"] = "Exercise",
            ["Input.Kind"] = "Course", ["Input.TargetGroups"] = "OlderPeople", ["Input.Languages"] = "de", ["Input.Capacity"] = "8",
            ["Input.Price"] = "12,50", ["Input.ReducedPrice"] = "5", ["Input.Latitude"] = "50,8843", ["Input.Longitude"] = "11.6103",
            ["Input.Repeat.From"] = from.ToString("yyyy-MM-dd"), ["Input.Repeat.Until"] = from.AddDays(13).ToString("yyyy-MM-dd"),
            ["Input.Repeat.Days"] = from.DayOfWeek.ToString(), ["Input.Repeat.Start"] = "09:30", ["Input.Repeat.End"] = "10:30",
            ["Input.CancellationDeadlineHours"] = "24", ["Input.OfferHoldHours"] = "48", ["Input.Publish"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verwaltung/jena/angebote", response.Headers.Location!.OriginalString);
        var list = await client.GetStringAsync("/verwaltung/jena/angebote");
        Assert.Contains(title, list);
        Assert.Contains($"„{title}“ ist angelegt und veröffentlicht.", list);
        using var scope = host.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Offerings.Include(o => o.Sessions)
            .SingleAsync(o => o.Title == title);
        Assert.Equal((1250, 500, 50.8843, 11.6103, 2),
            (stored.PriceCents, stored.ReducedPriceCents, stored.Latitude, stored.Longitude, stored.Sessions.Count));
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(BerlinTime.ToLocal(stored.Sessions.Min(s => s.StartsAt)).DateTime));
    }

    [Fact]
    public async Task Pages_of_an_offering_are_not_found_for_a_provider_of_another_organisation_and_refused_at_another_site()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var others = await CatalogueOfferings.CreateAsync(host, $"Fremd {Guid.NewGuid():N}"[..14]);
        Assert.NotEqual((await DemoProvider.OfAsync(host)).OrganisationId, others.OrganisationId);
        using var provider = await host.PageClientAsync("provider@jena.demo");
        using var weimar = await host.PageClientAsync("provider@weimar.demo");
        using var coordinator = await host.PageClientAsync("coordinator@jena.demo");
        using var admin = await host.PageClientAsync("admin@lebenswelten.demo");

        foreach (var page in new[] { "bearbeiten", "teilnehmende", "absagen", "anwesenheit" })
        {
            var url = $"/verwaltung/jena/angebote/{others.Id}/{page}";
            Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync(url)).StatusCode);
            var refused = await weimar.GetAsync(url);
            Assert.Contains("/konto/zugriff-verweigert", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(url)).StatusCode);
            // An administrator may enter every site, but a Jena offering does not live under Weimar's address.
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/verwaltung/weimar/angebote/{others.Id}/{page}")).StatusCode);
        }
    }

    [Fact]
    public async Task Taking_attendance_is_audited_and_a_participant_with_eighty_percent_gets_a_certificate()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail(), "Clara Muster");
        var certificate = $"/anmeldungen/{guest.Registration.Id}/bescheinigung?token={guest.GuestToken}";
        using var client = await host.PageClientAsync("provider@jena.demo");
        using var anonymous = host.Client();

        var notYet = await anonymous.GetAsync(certificate);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Contains("mindestens 80 %", await notYet.Content.ReadAsStringAsync());
        var notBegun = await client.GetStringAsync($"/verwaltung/jena/angebote/{offering.Id}/anwesenheit/{offering.Sessions[0].Id}");
        Assert.Contains("hat noch nicht begonnen", notBegun, StringComparison.Ordinal);

        foreach (var session in await TestOfferings.StartSessionsAsync(host, offering.Id))
        {
            var url = $"/verwaltung/jena/angebote/{offering.Id}/anwesenheit/{session.Id}";
            var sheet = await client.GetStringAsync(url);
            Assert.Contains("Clara Muster", sheet);
            // The session picker and the tab lead to the page itself, not to the session shown, so that another one can be picked.
            var picker = $"/verwaltung/jena/angebote/{offering.Id}/anwesenheit";
            Assert.Contains($"class=\"session-picker\" action=\"{picker}\"", sheet, StringComparison.Ordinal);
            Assert.Contains($"href=\"{picker}\"", sheet, StringComparison.Ordinal);
            Assert.Contains($"<form method=\"post\" class=\"attendance\" action=\"{url}\"", sheet, StringComparison.Ordinal);
            var saved = await client.PostAsync(url, Form(sheet, new() { ["Present"] = guest.Registration.Id.ToString() }));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("Gespeichert: 1 Personen anwesend.", await client.GetStringAsync(url));
        }

        var issued = await anonymous.GetAsync(certificate);
        var html = await issued.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains("Teilnahmebescheinigung", html);
        Assert.Contains("Clara Muster", html);
        Assert.Contains("2 von 2 Terminen (100 %)", html);
        Assert.Equal(HttpStatusCode.NotFound,
            (await anonymous.GetAsync($"/anmeldungen/{guest.Registration.Id}/bescheinigung?token=falsch")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anmeldungen/{guest.Registration.Id}/bescheinigung")).StatusCode);
        // The participant's page is theirs alone; the provider prints the certificate from the back office (issue 25).
        var forProvider = await client.GetAsync($"/verwaltung/jena/angebote/{offering.Id}/bescheinigungen?anmeldung={guest.Registration.Id}");
        Assert.Equal(HttpStatusCode.OK, forProvider.StatusCode);
        Assert.Contains("Clara Muster", await forProvider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await DemoProvider.AuditAsync(host, "Offering.Attendance", offering.Sessions[0].Id.ToString());
        Assert.Contains(audit, a => a.Action == Core.Privacy.AuditAction.Read);
        Assert.Contains(audit, a => a.Action == Core.Privacy.AuditAction.Change);
    }

    [Fact]
    public async Task The_participants_page_is_audited_and_cancelling_the_offering_ends_every_registration()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail(), "Dario Muster");
        using var client = await host.PageClientAsync("provider@jena.demo");

        var participants = await client.GetStringAsync($"/verwaltung/jena/angebote/{offering.Id}/teilnehmende");
        Assert.Contains("Dario Muster", participants);
        Assert.Single(await DemoProvider.AuditAsync(host, "Offering.Participants", offering.Id.ToString()));

        var url = $"/verwaltung/jena/angebote/{offering.Id}/absagen";
        var cancelled = await client.PostAsync(url,
            Form(await client.GetStringAsync(url), new() { ["Reason"] = "Krankheit der Kursleitung" }));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, (await TestOfferings.FindAsync(host, guest.Registration.Id))!.Status);
        Assert.Contains("Abgesagt", await client.GetStringAsync("/verwaltung/jena/angebote"));
    }

    [Fact]
    public async Task A_provider_takes_a_participant_off_the_list_but_not_someone_of_another_offering()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var me = await DemoProvider.OfAsync(host);
        var own = await me.CreateOfferingAsync(host);
        var others = await CatalogueOfferings.CreateAsync(host, $"Fremd {Guid.NewGuid():N}"[..14]);
        var mine = await TestOfferings.RegisterGuestAsync(host, own.Id, TestOfferings.GuestEmail(), "Emil Muster");
        var theirs = await TestOfferings.RegisterGuestAsync(host, others.Id, TestOfferings.GuestEmail(), "Frida Muster");
        using var client = await host.PageClientAsync("provider@jena.demo");
        var list = $"/verwaltung/jena/angebote/{own.Id}/teilnehmende";
        var asked = await client.GetStringAsync($"{list}?abmelden={mine.Registration.Id}");

        // Someone else's registration through one's own offering: the service finds it is not of this offering.
        var refused = await client.PostAsync($"{list}?handler=Cancel",
            Form(asked, new() { ["abmelden"] = theirs.Registration.Id.ToString() }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(RegistrationStatus.Confirmed, (await TestOfferings.FindAsync(host, theirs.Registration.Id))!.Status);

        var cancelled = await client.PostAsync($"{list}?handler=Cancel",
            Form(asked, new() { ["abmelden"] = mine.Registration.Id.ToString() }));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RegistrationStatus.Cancelled, (await TestOfferings.FindAsync(host, mine.Registration.Id))!.Status);
        Assert.Contains("Emil Muster ist abgemeldet.", await client.GetStringAsync(list));
        Assert.Single(await DemoProvider.AuditAsync(host, "Registration", mine.Registration.Id.ToString()));
    }

    /// <summary>The page's own form posted with its own antiforgery token (not the one of the header's logout form).</summary>
    internal static FormUrlEncodedContent Form(string page, Dictionary<string, string> values)
    {
        var form = Regex.Matches(page, "<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)
            .Select(m => m.Value).First(f => !f.Contains("/konto/abmelden", StringComparison.Ordinal));
        values["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form);
        return new FormUrlEncodedContent(values);
    }
}
