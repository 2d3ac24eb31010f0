using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Network;

public sealed class TestNetworkLinks : INetworkLinks
{
    public string AnswerInvitation(Guid invitationId, string token) => $"https://test.invalid/netzwerk/einladungen/{invitationId}?token={token}";
    public string Tasks(string siteSlug) => $"https://test.invalid/verwaltung/{siteSlug}/netzwerk/aufgaben";
    public string OpenCall(string siteSlug) => $"https://test.invalid/standorte/{siteSlug}/netzwerk/mitmachen";
}

/// <summary>
/// A site of the test's own with a municipality, an insurer (linked to an identity by its IK), a sports club and a care
/// service, and people in every part: the coordinator, the insurer's officer, the sports club's provider, a practice of
/// another organisation, a resident, the administrator, and the coordinator of a second site. Real services, a clock
/// that stands on Monday 2 March 2026, 10:00 Berlin.
/// </summary>
public sealed class NetworkTestKit : IAsyncDisposable
{
    public static readonly CancellationToken None = CancellationToken.None;
    public const string Ik = "107299005";

    private NetworkTestKit(TestDatabase database, ServiceProvider services, ManualClock clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public ManualClock Clock { get; }
    public Site Site { get; private set; } = null!;
    public Site OtherSite { get; private set; } = null!;
    public Organisation Municipality { get; private set; } = null!;
    public Organisation Insurer { get; private set; } = null!;
    public Organisation Club { get; private set; } = null!;
    public Organisation Care { get; private set; } = null!;
    /// <summary>The same insurer at the other site (same IK).</summary>
    public Organisation OtherInsurer { get; private set; } = null!;
    public AuditActor Coordinator { get; private set; } = null!;
    public AuditActor InsurerOfficer { get; private set; } = null!;
    /// <summary>An insurer officer of the same insurer, with a role at the other site only.</summary>
    public AuditActor OtherInsurerOfficer { get; private set; } = null!;
    public AuditActor Provider { get; private set; } = null!;
    public AuditActor CareStaff { get; private set; } = null!;
    public AuditActor Resident { get; private set; } = null!;
    public AuditActor Administrator { get; private set; } = null!;
    public AuditActor OtherCoordinator { get; private set; } = null!;

    public static async Task<NetworkTestKit> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var services = CoreServices.For(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<INetworkLinks, TestNetworkLinks>();
            s.AddScoped<Lebenswelten.Core.Administration.SiteFounding>();
            s.AddNetwork(new ConfigurationBuilder().Build());
            configure?.Invoke(s);
        });
        var kit = new NetworkTestKit(database, services, clock);
        await kit.SeedAsync();
        return kit;
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        WithAsync(s => work(s.GetRequiredService<TService>()));

    /// <summary>A network at the kit's site with the municipality as coordinator and the insurer as member.</summary>
    public async Task<HealthNetwork> NetworkAsync(string name = "Gesunde Kommune Test", bool openCall = false)
    {
        var network = await With<Networks, Outcome<HealthNetwork>>(n => n.CreateAsync(Site.Id,
            new NetworkDraft(name, "Ein Netzwerk", openCall, openCall ? "Wir suchen Partner." : null), Coordinator, None));
        Assert.True(network.Succeeded, network.Problem?.Code);
        await AddMemberAsync(network.Value!, Municipality, NetworkRole.Coordinator);
        await AddMemberAsync(network.Value!, Insurer, NetworkRole.Member);
        return network.Value!;
    }

    public async Task AddMemberAsync(HealthNetwork network, Organisation organisation, NetworkRole role)
    {
        var added = await With<Networks, Outcome<NetworkMembership>>(n =>
            n.AddMemberAsync(network.Id, new MemberDraft(organisation.Id, role), Coordinator, None));
        Assert.True(added.Succeeded, added.Problem?.Code);
    }

    public async Task<ContactPerson> ContactAsync(Organisation organisation, string name, string? email = null, AuditActor? by = null)
    {
        var added = await With<ContactPersons, Outcome<ContactPerson>>(c => c.AddAsync(organisation.Id,
            new ContactDraft(name, "Koordination", email ?? $"{Guid.NewGuid():N}@example.org", null, true, ConsentSource.Email),
            by ?? Coordinator, None));
        Assert.True(added.Succeeded, added.Problem?.Code);
        return added.Value!;
    }

    public async Task<Meeting> MeetingAsync(HealthNetwork network, int inDays = 7, string title = "Netzwerktreffen")
    {
        var day = BerlinTime.LocalDate(Clock.GetUtcNow()).AddDays(inDays);
        var created = await With<Meetings, Outcome<Meeting>>(m => m.CreateAsync(network.Id,
            new MeetingDraft(title, day, new TimeOnly(14, 0), new TimeOnly(16, 0), "Rathaus", null, ["Begrüßung", "Bericht"]),
            Coordinator, None));
        Assert.True(created.Succeeded, created.Problem?.Code);
        return created.Value!;
    }

    /// <summary>Evidence for every criterion by the coordinator, each confirmed and the decision recorded by the insurer officer.</summary>
    public async Task MakeEligibleAsync()
    {
        foreach (var criterion in Enum.GetValues<EligibilityCriterion>())
        {
            Assert.True((await With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
                r.SaveEvidenceAsync(Site.Id, criterion, $"Nachweis {criterion}", Coordinator, None))).Succeeded);
            Assert.True((await With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
                r.ConfirmAsync(Site.Id, criterion, true, InsurerOfficer, None))).Succeeded);
        }
        Assert.True((await With<EligibilityReview, Outcome<EligibilityCheck>>(r =>
            r.DecideAsync(Site.Id, EligibilityDecision.Eligible, "Alle Kriterien erfüllt.", InsurerOfficer, None))).Succeeded);
    }

    /// <summary>A person with a role at a site, acting for an organisation (or none).</summary>
    public async Task<AuditActor> PersonAsync(SiteRole role, Guid? siteId, Guid? organisationId, string? name = null)
    {
        await using var db = Database.CreateContext();
        var email = $"{Guid.NewGuid():N}@test.invalid";
        var user = new AppUser
        {
            UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            DisplayName = name ?? $"Test {role}",
        };
        db.Users.Add(user);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId, Role = role, OrganisationId = organisationId });
        await db.SaveChangesAsync();
        return new AuditActor(user.Id, "127.0.0.1");
    }

    private async Task SeedAsync()
    {
        await using (var db = Database.CreateContext())
        {
            Site = new Site { Slug = $"t-{Guid.NewGuid():N}"[..20], Name = "Teststadt", State = "Thüringen", Ags = "16055000", GisdQuintile = 4,
                GisdYear = 2021, GisdScoreValue = 0.7 };
            OtherSite = new Site { Slug = $"t-{Guid.NewGuid():N}"[..20], Name = "Anderstadt", State = "Sachsen", Ags = "14511000" };
            var identity = new OrganisationIdentity { Name = "AOK Test", Ik = Ik };
            Municipality = new Organisation { SiteId = Site.Id, Name = "Stadt Test", Kind = OrganisationKind.Municipality };
            Insurer = new Organisation { SiteId = Site.Id, Name = "AOK Test", Kind = OrganisationKind.Insurer, IdentityId = identity.Id };
            Club = new Organisation { SiteId = Site.Id, Name = "Sportverein Test", Kind = OrganisationKind.SportsClub };
            Care = new Organisation { SiteId = Site.Id, Name = "Pflegedienst Test", Kind = OrganisationKind.Care };
            OtherInsurer = new Organisation { SiteId = OtherSite.Id, Name = "AOK Test", Kind = OrganisationKind.Insurer, IdentityId = identity.Id };
            db.AddRange(Site, OtherSite, identity, Municipality, Insurer, Club, Care, OtherInsurer);
            await db.SaveChangesAsync();
        }
        Coordinator = await PersonAsync(SiteRole.Coordinator, Site.Id, Municipality.Id, "Clara Koordination");
        InsurerOfficer = await PersonAsync(SiteRole.InsurerOfficer, Site.Id, Insurer.Id, "Ines Kasse");
        OtherInsurerOfficer = await PersonAsync(SiteRole.InsurerOfficer, OtherSite.Id, OtherInsurer.Id, "Otto Kasse");
        Provider = await PersonAsync(SiteRole.Provider, Site.Id, Club.Id);
        CareStaff = await PersonAsync(SiteRole.Provider, Site.Id, Care.Id);
        Resident = await PersonAsync(SiteRole.Resident, Site.Id, null);
        Administrator = await PersonAsync(SiteRole.Administrator, null, null);
        OtherCoordinator = await PersonAsync(SiteRole.Coordinator, OtherSite.Id, null);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
