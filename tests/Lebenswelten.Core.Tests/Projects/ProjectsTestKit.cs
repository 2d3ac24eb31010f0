using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Projects;

/// <summary>
/// A test's own site with a coordinator and two insurers, each with an officer, over the real projects services on a
/// controllable clock: every test sets up what it names, on either database.
/// </summary>
public sealed class ProjectsTestKit : IAsyncDisposable
{
    private ProjectsTestKit(TestDatabase database, ServiceProvider services, ManualClock clock)
    {
        (Database, Services, Clock) = (database, services, clock);
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public ManualClock Clock { get; }
    public Site Site { get; private set; } = null!;
    public Organisation InsurerA { get; private set; } = null!;
    public Organisation InsurerB { get; private set; } = null!;
    public Organisation Club { get; private set; } = null!;
    public AuditActor Coordinator { get; private set; } = null!;
    public AuditActor OfficerA { get; private set; } = null!;
    public AuditActor OfficerB { get; private set; } = null!;
    public AuditActor Provider { get; private set; } = null!;

    public static async Task<ProjectsTestKit> CreateAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = CoreServices.For(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddScoped<AuditLog>();
            s.AddProjects(configuration);
        });
        var kit = new ProjectsTestKit(database, services, clock);
        await kit.SeedAsync();
        return kit;
    }

    public async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static T Ok<T>(Outcome<T> outcome) => outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException(outcome.Problem!.ToString());

    public Task<Project> ProjectAsync(string title = "Väter und Kinder in Bewegung") =>
        WithAsync<Project, ProjectEditor>(async editor => Ok(await editor.CreateAsync(Site.Id, new ProjectDraft
        {
            Title = title, Summary = "Basketball für Väter mit ihren Kindern.", Setting = ProjectSetting.Club,
            TargetGroups = TargetGroups.Fathers | TargetGroups.Children, Partners = [new PartnerDraft(Club.Id, PartnerRole.Implementation)],
        }, Coordinator, CancellationToken.None)));

    public Task<FundingSource> SourceAsync(string name, FundingSourceKind kind, params ShareDraft[] shares) =>
        WithAsync<FundingSource, FundingSetup>(async setup => Ok(await setup.CreateSourceAsync(Site.Id, new SourceDraft(name, kind,
            shares.Length > 0 ? shares : [new ShareDraft(InsurerA.Id, FundingSource.Whole)]), OfficerA, CancellationToken.None)));

    public Task<Budget> PlanAsync(FundingSource source, long cents, int year = 2026) =>
        WithAsync<Budget, FundingSetup>(async setup => Ok(await setup.PlanAsync(source.Id, year, cents, OfficerA, CancellationToken.None)));

    public Task<FundingApplication> ApplyAsync(Project project, FundingSource source, long requested, int year = 2026,
        IReadOnlyList<StaffDraft>? staff = null) =>
        WithAsync<FundingApplication, ApplicationDesk>(async desk => Ok(await desk.CreateAsync(project.Id,
            new ApplicationDraft(source.Id, year, $"Antrag {project.Title}", requested, staff ?? []), Coordinator, CancellationToken.None)));

    public Task<Outcome<FundingApplication>> StepAsync(Guid application, ApplicationStep step, AuditActor actor, StepInput? input = null) =>
        WithAsync<Outcome<FundingApplication>, ApplicationWorkflow>(workflow => workflow.StepAsync(application, step, input ?? new(), actor, CancellationToken.None));

    /// <summary>An application taken to "under review", ready for the funder's decision.</summary>
    public async Task<FundingApplication> UnderReviewAsync(Project project, FundingSource source, long requested)
    {
        var application = await ApplyAsync(project, source, requested);
        foreach (var (step, actor) in new[] { (ApplicationStep.SubmitIdea, Coordinator), (ApplicationStep.Invite, OfficerA),
                     (ApplicationStep.Submit, Coordinator), (ApplicationStep.Review, OfficerA) })
        {
            Ok(await StepAsync(application.Id, step, actor));
        }
        return application;
    }

    public async Task<Budget> BudgetAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        return await db.Budgets.AsNoTracking().SingleAsync(b => b.Id == id);
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        Site = new Site { Slug = $"p-{Guid.NewGuid():N}"[..20], Name = "Projektstadt", State = "Sachsen", Ags = "14511000" };
        InsurerA = new Organisation { SiteId = Site.Id, Name = "Kasse A", Kind = OrganisationKind.Insurer };
        InsurerB = new Organisation { SiteId = Site.Id, Name = "Kasse B", Kind = OrganisationKind.Insurer };
        Club = new Organisation { SiteId = Site.Id, Name = "Basketballverein", Kind = OrganisationKind.SportsClub };
        db.AddRange(Site, InsurerA, InsurerB, Club);
        Coordinator = Person(db, "coordinator", SiteRole.Coordinator, null);
        OfficerA = Person(db, "officer-a", SiteRole.InsurerOfficer, InsurerA.Id);
        OfficerB = Person(db, "officer-b", SiteRole.InsurerOfficer, InsurerB.Id);
        Provider = Person(db, "provider", SiteRole.Provider, Club.Id);
        await db.SaveChangesAsync();
    }

    public AuditActor Person(LebensweltenDbContext db, string name, SiteRole role, Guid? organisationId, Guid? siteId = null)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = name };
        user.SiteRoles.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId ?? Site.Id, Role = role, OrganisationId = organisationId });
        db.Users.Add(user);
        return new AuditActor(user.Id, "127.0.0.1");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
