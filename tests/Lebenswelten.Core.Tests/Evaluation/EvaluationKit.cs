using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Common;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Evaluation;

/// <summary>
/// An offerings test kit with the evaluation registered, two districts (Lobeda around postcode 07745's centre,
/// Zentrum around 07743's) and helpers that register residents with the voluntary statistics fields.
/// </summary>
public sealed class EvaluationKit : IAsyncDisposable
{
    public static readonly CancellationToken None = CancellationToken.None;

    private EvaluationKit(OfferingTestKit offerings) => Offerings = offerings;

    public OfferingTestKit Offerings { get; }
    public ManualClock Clock => Offerings.Clock;
    public TestDatabase Database => Offerings.Database;
    public Guid SiteId => Offerings.Site.Id;
    public District Zentrum { get; private set; } = null!;
    public District Lobeda { get; private set; } = null!;

    public static async Task<EvaluationKit> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var offerings = await OfferingTestKit.CreateAsync(provider, configure: s =>
        {
            s.AddEvaluation(new ConfigurationBuilder().Build());
            configure?.Invoke(s);
        });
        var kit = new EvaluationKit(offerings);
        kit.Zentrum = await offerings.AddDistrictAsync("Zentrum", boundaryGeoJson: Square(50.9390, 11.5830));
        kit.Lobeda = await offerings.AddDistrictAsync("Lobeda", boundaryGeoJson: Square(50.9050, 11.5620));
        return kit;
    }

    public Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work) => Offerings.WithAsync(work);

    public Task RefreshAsync() => WithAsync(async s =>
    {
        await s.GetRequiredService<ReachRefresh>().RefreshSiteAsync(SiteId, None);
        return 0;
    });

    /// <summary>An account holder registers with postcode, year of birth and sex; the registration as stored.</summary>
    public async Task<Registration> RegisterAsync(Offering offering, string postcode, int birthYear, Sex sex, string? userId = null)
    {
        userId ??= await AccountAsync();
        var outcome = await WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(offering.Id, new Registrant(userId, "Teilnehmende Person", null, null, postcode, birthYear, sex), None));
        return outcome.Value?.Registration ?? throw new InvalidOperationException($"Not registered: {outcome.Problem}");
    }

    public async Task<string> AccountAsync()
    {
        await using var db = Database.CreateContext();
        var email = $"person-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(), DisplayName = "Teilnehmende Person" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>The provider records who came to the offering's first session.</summary>
    public async Task RecordFirstSessionAsync(Offering offering, params Registration[] present)
    {
        var outcome = await WithAsync(s => s.GetRequiredService<AttendanceBook>().RecordAsync(offering.Id,
            offering.Sessions.OrderBy(x => x.StartsAt).First().Id, present.Select(r => r.Id).ToList(), Offerings.ProviderActor, None));
        Assert.True(outcome.Succeeded, outcome.Problem?.Code);
    }

    public async Task<List<ReachFact>> FactsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.ReachFacts.Where(f => f.SiteId == SiteId).ToListAsync();
    }

    /// <summary>Counted cells as the refresh would leave them (every count the same), for the report's tests.</summary>
    public async Task AddCellsAsync(params ReachFact[] facts)
    {
        await using var db = Database.CreateContext();
        foreach (var fact in facts)
        {
            fact.SiteId = fact.SiteId == Guid.Empty ? SiteId : fact.SiteId;
        }
        db.ReachFacts.AddRange(facts);
        await db.SaveChangesAsync();
    }

    public static ReachFact Cell(DateOnly month, District? district, int count, string ageBand = "18-64",
        OfferingCategory category = OfferingCategory.Exercise) => new()
    {
        Month = month, DistrictId = district?.Id, AgeBand = ageBand, Sex = "f", Category = category, TargetGroups = TargetGroups.Tenants,
        Registrations = count, Participants = count, Attended = count, NoShows = 0, Cancelled = 0, Waitlisted = 0,
    };

    /// <summary>Someone holding <paramref name="role"/> at the kit's site (or another).</summary>
    public async Task<string> StaffAsync(SiteRole role, Guid? siteId = null)
    {
        var userId = await AccountAsync();
        await using var db = Database.CreateContext();
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = userId, SiteId = siteId ?? SiteId, Role = role });
        await db.SaveChangesAsync();
        return userId;
    }

    public Task<Outcome<ReachTable>> ReachAsync(string userId, DateOnly from, DateOnly to, params ReachDimension[] groupBy) =>
        WithAsync(s => s.GetRequiredService<ReachReport>().ForSiteAsync(SiteId, new ReachQuery(from, to, groupBy), userId, None));

    /// <summary>A square of about 2 km around a point, as a GeoJSON polygon.</summary>
    private static string Square(double latitude, double longitude) => FormattableString.Invariant(
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{longitude - 0.01},{latitude - 0.01}],[{longitude + 0.01},{latitude - 0.01}],[{longitude + 0.01},{latitude + 0.01}],[{longitude - 0.01},{latitude + 0.01}],[{longitude - 0.01},{latitude - 0.01}]]]}}");

    public ValueTask DisposeAsync() => Offerings.DisposeAsync();
}
