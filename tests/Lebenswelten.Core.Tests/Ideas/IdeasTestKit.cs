using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Ideas;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Ideas;

/// <summary>The links the web app puts into the mails, as plain text the tests can read back.</summary>
internal sealed class TestIdeaLinks : IIdeaLinks
{
    public string Idea(string siteSlug, Guid ideaId) => $"https://lebenswelten.test/standorte/{siteSlug}/ideen/{ideaId}";

    public string MyIdeas() => "https://lebenswelten.test/meine-ideen";
}

/// <summary>
/// A test's own site with a district, a coordinator, a provider with a published offering, and residents, over the real
/// ideas services on a controllable clock, on either database.
/// </summary>
public sealed class IdeasTestKit : IAsyncDisposable
{
    private IdeasTestKit(TestDatabase database, ServiceProvider services, ManualClock clock) => (Database, Services, Clock) = (database, services, clock);

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public ManualClock Clock { get; }
    public Site Site { get; private set; } = null!;
    public District District { get; private set; } = null!;
    public Offering Offering { get; private set; } = null!;
    public AuditActor Coordinator { get; private set; } = null!;
    public AuditActor Provider { get; private set; } = null!;
    public AuditActor OtherSiteCoordinator { get; private set; } = null!;
    public AuditActor Resident { get; private set; } = null!;

    public static async Task<IdeasTestKit> CreateAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = CoreServices.For(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddScoped<AuditLog>();
            s.AddScoped<OfferingCatalogue>();
            s.AddSingleton<IIdeaLinks, TestIdeaLinks>();
            s.AddIdeas(configuration);
        });
        var kit = new IdeasTestKit(database, services, clock);
        await kit.SeedAsync();
        return kit;
    }

    public async Task<T> WithAsync<T, TService>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static T Ok<T>(Outcome<T> outcome) => outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException(outcome.Problem!.ToString());

    public Task<Outcome<Idea>> ProposeAsync(AuditActor by, string title = "Yoga auf Russisch am Samstagvormittag", string? district = null) =>
        WithAsync<Outcome<Idea>, IdeaProposals>(p => p.ProposeAsync(Site.Id,
            new IdeaDraft(title, "Viele hier sprechen Russisch besser als Deutsch.", district, TargetGroups.Tenants), by, "de", CancellationToken.None));

    public Task<Outcome<Idea>> ModerateAsync(Guid idea, ModerationStep step, AuditActor by, string? reason = null, Guid? into = null) =>
        WithAsync<Outcome<Idea>, IdeaModeration>(m => m.ModerateAsync(idea, step, reason, into, by, CancellationToken.None));

    public Task<Outcome<Idea>> AnswerAsync(Guid idea, IdeaAnswerKind kind, string? text, Guid? offering, AuditActor by) =>
        WithAsync<Outcome<Idea>, IdeaAnswers>(a => a.AnswerAsync(idea, new IdeaAnswerDraft(kind, text, offering), by, CancellationToken.None));

    public Task<Outcome<int>> SupportAsync(Guid idea, AuditActor by) =>
        WithAsync<Outcome<int>, IdeaSupports>(s => s.SupportAsync(idea, by, CancellationToken.None));

    /// <summary>A proposal by the kit's resident, published by the coordinator.</summary>
    public async Task<Idea> PublishedAsync(string title = "Eine Bankroute durch Lobeda-West")
    {
        var idea = Ok(await ProposeAsync(Resident, title));
        return Ok(await ModerateAsync(idea.Id, ModerationStep.Publish, Coordinator));
    }

    public async Task<AuditActor> ResidentAsync(string name = "resident")
    {
        await using var db = Database.CreateContext();
        var person = Person(db, name, SiteRole.Resident);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        Site = new Site { Slug = $"i-{Guid.NewGuid():N}"[..20], Name = "Ideenstadt", State = "Thüringen", Ags = "16053000" };
        var other = new Site { Slug = $"o-{Guid.NewGuid():N}"[..20], Name = "Anderswo", State = "Thüringen", Ags = "16055000" };
        District = new District { SiteId = Site.Id, Key = "neulobeda", Name = "Neulobeda" };
        var club = new Organisation { SiteId = Site.Id, Name = "Sportverein", Kind = OrganisationKind.SportsClub };
        Offering = new Offering
        {
            SiteId = Site.Id, OrganisationId = club.Id, Title = "Yoga auf Russisch", Status = OfferingStatus.Published, Capacity = 10,
            CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(),
        };
        db.AddRange(Site, other, District, club, Offering);
        Coordinator = Person(db, "coordinator", SiteRole.Coordinator);
        Provider = Person(db, "provider", SiteRole.Provider, club.Id);
        OtherSiteCoordinator = Person(db, "elsewhere", SiteRole.Coordinator, siteId: other.Id);
        Resident = Person(db, "resident", SiteRole.Resident);
        await db.SaveChangesAsync();
    }

    private AuditActor Person(LebensweltenDbContext db, string name, SiteRole? role, Guid? organisationId = null, Guid? siteId = null)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), DisplayName = name };
        if (role is { } held)
        {
            user.SiteRoles.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId ?? Site.Id, Role = held, OrganisationId = organisationId });
        }
        db.Users.Add(user);
        return new AuditActor(user.Id, "127.0.0.1");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
