using Lebenswelten.Core.Tests.Network;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

/// <summary>The network in Chromium at 360 px, axe on every page (issue 17, "Done when").</summary>
public sealed class NetworkPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_creates_a_network_accepts_an_applicant_and_holds_a_meeting_with_minutes_a_task_and_a_document()
    {
        var name = $"Netzwerk Bewegung {Guid.NewGuid():N}"[..26];
        await LogInAsync("coordinator@gera.demo");
        await VisitAsync("/verwaltung/gera/netzwerk");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Netzwerk anlegen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Name-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name des Netzwerks").FillAsync(name);
        await Page.GetByLabel("Offener Aufruf", new() { Exact = false }).CheckAsync();
        await Page.GetByLabel("Wen sucht das Netzwerk?").FillAsync("Sportvereine und Betriebe aus Gera.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Netzwerk anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Netzwerk wurde angelegt.");
        await AssertAccessibleAsync();
        var networkPage = Page.Url;

        // 1. Organisations join.
        await Page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Stadt Gera – Amt für Gesundheit und Versorgung" });
        await Page.Locator("#Member_Role").SelectOptionAsync(new SelectOptionValue { Label = "Koordination" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aufnehmen", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Organisation wurde aufgenommen.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Stadt Gera");

        // 2. An organisation applies through the public open call, the coordinator accepts it.
        var club = $"Laufverein {Guid.NewGuid():N}"[..18];
        await VisitAsync("/standorte/gera/netzwerk");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Beim Netzwerk {name} mitmachen" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name der Organisation").FillAsync(club);
        await Page.GetByLabel("Art der Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Sportverein" });
        await Page.GetByLabel("Ihr Name").FillAsync("Jana Läufer");
        await Page.GetByLabel("Ihre E-Mail-Adresse").FillAsync($"{Guid.NewGuid():N}@example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Ich bin einverstanden", new() { Exact = false }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Anfrage");
        await VisitAsync(new Uri(networkPage).AbsolutePath);
        await Page.GetByRole(AriaRole.Button, new() { Name = $"{club} aufnehmen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Organisation wurde aufgenommen");

        // A working group inside the network, its members from the network.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Arbeitsgruppe anlegen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#WorkingGroup_Name-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name der Arbeitsgruppe").FillAsync("AG Bewegung im Stadtteil");
        await Page.GetByLabel("Auftrag").FillAsync("Bewegungsangebote für Kinder in Bieblach planen.");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = club }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Arbeitsgruppe anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Arbeitsgruppe wurde angelegt.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "AG Bewegung im Stadtteil" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync(club);
        await AssertAccessibleAsync();

        // 3. A meeting with agenda, invitations, minutes and a task.
        var date = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd");
        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync("Auftakt");
        await Page.GetByLabel("Datum").FillAsync(date);
        await Page.GetByLabel("Beginn").FillAsync("10:00");
        await Page.GetByLabel("Ende").FillAsync("12:00");
        await Page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Rathaus Gera, Raum 101");
        await Page.GetByLabel("Tagesordnung").FillAsync("Begrüßung\nZiele 2027\nVerschiedenes");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sitzung anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Sitzung wurde angelegt.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Auftakt" }).ClickAsync();
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.List).Filter(new() { HasText = "Ziele 2027" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einladungen per E-Mail senden" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Einladungen wurden gesendet.");
        await Assertions.Expect(Page.GetByText("Jana Läufer").First).ToBeVisibleAsync();
        await Page.GetByLabel("Protokoll (Markdown)").FillAsync("**Beschlossen:** Start im März.\n\n<script>alert(1)</script>");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Protokoll speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".markdown strong")).ToHaveTextAsync("Beschlossen:");
        await Assertions.Expect(Page.Locator(".markdown script")).ToHaveCountAsync(0);
        await Page.GetByLabel("Aufgabe", new() { Exact = true }).FillAsync("Flyer für den Lauftreff");
        await Page.GetByLabel("Verantwortlich").SelectOptionAsync(new SelectOptionValue { Label = "Jana Läufer" });
        await Page.GetByLabel("Fällig am").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aufgabe vergeben" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Aufgabe wurde vergeben.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Flyer für den Lauftreff");
        await AssertAccessibleAsync();

        // 4. A document: a script in an SVG is refused, a PDF is taken.
        await Page.GetByLabel("Datei").SetInputFilesAsync(new FilePayload
        {
            Name = "logo.svg", MimeType = "image/svg+xml", Buffer = TestFiles.Svg("<script>alert(1)</script>"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hochladen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Upload_File-error")).ToHaveTextAsync("SVG-Dateien mit Skript werden nicht angenommen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Titel des Dokuments").FillAsync("Einladung Auftakt");
        await Page.GetByLabel("Datei").SetInputFilesAsync(new FilePayload { Name = "einladung.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hochladen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Dokument wurde hochgeladen.");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Einladung Auftakt" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task A_coordinator_adds_an_organisation_fills_its_profile_and_lists_a_contact_with_consent()
    {
        var name = $"Familienzentrum {Guid.NewGuid():N}"[..24];
        await LogInAsync("coordinator@gera.demo");
        await VisitAsync("/verwaltung/gera/netzwerk/organisationen");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name der Organisation").FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Organisation anlegen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Kind-error")).Not.ToBeEmptyAsync();
        await Page.GetByLabel("Art der Organisation").SelectOptionAsync(new SelectOptionValue { Label = "Sonstige" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Organisation anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Website").FillAsync("https://familienzentrum.example");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Gesund aufwachsen", Exact = false }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Profil wurde gespeichert.");

        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Mara Beispiel");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ansprechperson eintragen" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Contact_ConsentGiven-error")).Not.ToBeEmptyAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Funktion").FillAsync("Leitung");
        await Page.Locator("#Contact_ConsentSource").SelectOptionAsync(new SelectOptionValue { Label = "schriftlich" });
        await Page.GetByLabel("Die Person ist einverstanden", new() { Exact = false }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ansprechperson eintragen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Ansprechperson wurde eingetragen.");
        await Assertions.Expect(Page.GetByText("Mara Beispiel", new() { Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task The_graph_and_the_table_show_who_works_with_whom_filtered_by_kind()
    {
        await LogInAsync("coordinator@gera.demo");
        await VisitAsync("/verwaltung/gera/netzwerk/bild");
        await Assertions.Expect(Page.Locator("svg circle").First).ToBeAttachedAsync();
        var memberships = Page.GetByRole(AriaRole.Table, new() { Name = "Welche Organisation in welchem Netzwerk mitarbeitet" });
        await Assertions.Expect(memberships.GetByRole(AriaRole.Row).Filter(new() { HasText = "AGETHUR" })).ToContainTextAsync("Moderation");
        await Page.GetByLabel("Sportverein").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtern" }).ClickAsync();
        await Assertions.Expect(memberships).ToContainTextAsync("Stadtsportbund");
        await Assertions.Expect(memberships).Not.ToContainTextAsync("AGETHUR");
        await AssertAccessibleAsync();
    }
}
