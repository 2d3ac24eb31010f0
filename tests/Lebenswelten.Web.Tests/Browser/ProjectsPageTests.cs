using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Projects;
using Lebenswelten.Web.Tests.Projects;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lebenswelten.Web.Tests.Browser;

public sealed class ProjectsPageTests(AppHosts hosts, BrowserFixture browser) : PageTest(hosts, browser)
{
    [Fact(Timeout = PageTest.TimeoutMs * 2)]
    public async Task A_coordinator_plans_a_project_through_the_four_phases_fills_in_the_good_practice_profile_and_submits_an_application()
    {
        var title = $"Bewegter Hof {Guid.NewGuid():N}"[..20];
        await LogInAsync("coordinator@jena.demo");
        await VisitAsync("/verwaltung/jena/projekte/neu");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Projekt speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#Input_Title-error")).ToHaveTextAsync("Bitte ausfüllen.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Lebenswelt (Setting)").SelectOptionAsync(new SelectOptionValue { Label = "Stadtteil/Quartier" });
        await Page.GetByLabel("Öffentliche Projektseite zeigen (Titel, Kurzbeschreibung, Partner, Angebote)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Projekt speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Projekt wurde angelegt.");
        await Assertions.Expect(Page.GetByText("Aktuelle Phase: Bedarfsermittlung")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await MoveOnAsync("Planung");
        await Assertions.Expect(Page.GetByText("Bitte zuerst ausfüllen, dann geht es in die nächste Phase.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await SavePhaseAsync("Bedarf und Belege", "Befragung der Mieterinnen und Mieter im Hof: mehr Bewegung gewünscht.");
        await MoveOnAsync("Planung");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Projekt ist jetzt in der Phase „Planung“.");
        await SavePhaseAsync("Geplante Maßnahmen", "Bewegungsparcours im Hof, angeleitete Termine zweimal die Woche.");
        await Page.GetByLabel("Meilenstein", new() { Exact = true }).FillAsync("Parcours aufgebaut");
        await Page.GetByLabel("Fällig am").FillAsync("2026-09-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Meilenstein hinzufügen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Meilenstein wurde hinzugefügt.");
        await MoveOnAsync("Umsetzung");
        await SavePhaseAsync("Stand der Umsetzung", "Der Parcours steht, 25 Menschen kommen regelmäßig.");
        await MoveOnAsync("Bewertung");
        await SavePhaseAsync("Ergebnisse der Bewertung", "Mehr Bewegung im Alltag, gute Nachbarschaft.");
        await Assertions.Expect(Page.GetByText("Aktuelle Phase: Bewertung")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Das Projekt ist in der letzten Phase des Zyklus.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Good-Practice-Profil" }).First.ClickAsync();
        await Page.Locator("#rating-Participation-level").SelectOptionAsync(new SelectOptionValue { Label = "Stufe 3 – weitgehend umgesetzt" });
        await Page.Locator("#rating-LowThreshold-level").SelectOptionAsync(new SelectOptionValue { Label = "Stufe 4 – umfassend umgesetzt" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#rating-Participation-error")).ToHaveTextAsync("Bitte begründen Sie die Stufe.");
        await AssertAccessibleAsync();
        await Page.Locator("#rating-Participation-why").FillAsync("Die Mieter planen den Parcours mit.");
        await Page.Locator("#rating-LowThreshold-why").FillAsync("Vor der Haustür, kostenlos.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Profil speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Das Profil wurde gespeichert.");
        var table = Page.GetByRole(AriaRole.Table, new() { Name = $"Good-Practice-Profil von „{title}“" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Partizipation" })).ToContainTextAsync("3");
        await Assertions.Expect(Page.Locator("#profile-chart")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Zurück zum Projekt" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Förderantrag stellen" }).First.ClickAsync();
        await Page.GetByLabel("Fördertopf").SelectOptionAsync(new SelectOptionValue { Label = "Projektmittel AOK PLUS (Projektmittel einer Krankenkasse)" });
        await Page.GetByLabel("Beantragter Betrag in Euro").FillAsync("4.500");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Antrag anlegen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Der Antrag wurde als Entwurf angelegt.");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Projektidee einreichen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt: Projektidee einreichen.");
        await Assertions.Expect(Page.GetByText("Stand: Projektidee eingereicht")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact(Timeout = PageTest.TimeoutMs)]
    public async Task An_insurer_officer_reviews_an_application_and_approves_it_within_the_budget()
    {
        var project = await TestProject.CreateAsync(Host);
        await TakeAsync(project.Application.Id, ("coordinator@jena.demo", ApplicationStep.SubmitIdea), ("insurer@jena.demo", ApplicationStep.Invite),
            ("coordinator@jena.demo", ApplicationStep.Submit));
        await LogInAsync("insurer@jena.demo");
        await VisitAsync("/verwaltung/jena/foerderung");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = $"Budgets je Fördertopf im Jahr {DateTime.UtcNow.Year}" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "Projektmittel AOK PLUS" })).ToContainTextAsync("60.000,00 €");

        await Page.GetByRole(AriaRole.Link, new() { Name = project.Application.Title }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Stand: Vollantrag eingereicht")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Prüfung beginnen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Stand: In Prüfung")).ToBeVisibleAsync();
        await Page.GetByLabel("Betrag in Euro").FillAsync("2000");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bewilligen" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Mehr als beantragt kann nicht bewilligt werden.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Betrag in Euro").FillAsync("900");
        await Page.GetByLabel("Auflagen").FillAsync("Zwischenbericht nach sechs Monaten");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bewilligen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Erledigt: Bewilligen.");
        await Assertions.Expect(Page.GetByText("Stand: Bewilligt")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("#budget-context")).ToContainTextAsync("geplant 60.000,00 €");
        await Assertions.Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Verlauf des Antrags" })).ToContainTextAsync("Bewilligt");
        await AssertAccessibleAsync();
    }

    private async Task MoveOnAsync(string phase) =>
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Weiter zur Phase „{phase}“" }).ClickAsync();

    private async Task SavePhaseAsync(string label, string text)
    {
        await Page.GetByLabel(label).FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Phasenangaben speichern" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Die Angaben wurden gespeichert.");
    }

    private async Task TakeAsync(Guid application, params (string Email, ApplicationStep Step)[] steps)
    {
        foreach (var (email, step) in steps)
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
            var actor = new AuditActor(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), null);
            var outcome = await scope.ServiceProvider.GetRequiredService<ApplicationWorkflow>().StepAsync(application, step, new StepInput(), actor, default);
            Assert.True(outcome.Succeeded, outcome.Problem?.Code);
        }
    }
}
