using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Messaging;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Telemedicine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Infrastructure;

/// <summary>Links as a mail would carry them, pointing nowhere real.</summary>
public sealed class TestLinks : IMessageLinks
{
    public string Offering(Guid offeringId) => $"https://test.invalid/angebote/{offeringId}";
    public string MyRegistrations() => "https://test.invalid/meine-anmeldungen";
    public string ManageRegistration(Guid registrationId, string token) => $"https://test.invalid/anmeldungen/{registrationId}?token={token}";
    public string ConfirmRegistration(Guid registrationId, string token) => $"https://test.invalid/anmeldungen/{registrationId}/bestaetigen?token={token}";
    public string MyAppointments() => "https://test.invalid/meine-termine";
    public string ManageAppointment(Guid appointmentId, string token) => $"https://test.invalid/telemedizin/termine/{appointmentId}?token={token}";
    public string VerifyAppointment(Guid appointmentId, string token) => $"https://test.invalid/telemedizin/termine/{appointmentId}/bestaetigen?token={token}";
}

/// <summary>
/// A test's own site with one provider organisation and its provider account, over the real offering services
/// on a controllable clock. Each test gets fresh ones, so no test depends on another's data.
/// </summary>
public sealed class OfferingTestKit : IAsyncDisposable
{
    private OfferingTestKit(TestDatabase database, ServiceProvider services, ManualClock clock)
    {
        Database = database;
        Services = services;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }
    public ManualClock Clock { get; }
    public Site Site { get; private set; } = null!;
    public Organisation Provider { get; private set; } = null!;
    public string ProviderUserId { get; private set; } = null!;
    public AuditActor ProviderActor => new(ProviderUserId, "127.0.0.1");

    /// <param name="configure">More services, or settings over the defaults (e.g. the video provider).</param>
    public static async Task<OfferingTestKit> CreateAsync(DatabaseProvider provider, ManualClock? clock = null,
        Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        clock ??= new ManualClock();
        var services = CoreServices.For(database, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddDataProtection().SetApplicationName("Lebenswelten.Tests");
            s.AddSingleton<IMessageLinks, TestLinks>();
            s.AddOfferings();
            var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
            s.AddPrivacy(configuration);
            s.AddTelemedicine(configuration);
            configure?.Invoke(s);
        });
        var kit = new OfferingTestKit(database, services, clock);
        await kit.SeedAsync();
        return kit;
    }

    /// <summary>A scope, as one web request would have: its own DbContext.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// The secret of the first link with the given path in the newest mail to the address: what only the address's
    /// owner can know (a confirmation or verification link).
    /// </summary>
    public async Task<string> MailedTokenAsync(string to, string path)
    {
        await using var db = Database.CreateContext();
        var bodies = await db.OutboxMessages.Where(m => m.To == to).OrderBy(m => m.CreatedAt).Select(m => m.TextBody).ToListAsync();
        var link = bodies.Last(b => b.Contains(path, StringComparison.Ordinal)).Split(['\n', ' ']).First(w => w.Contains(path, StringComparison.Ordinal));
        return Uri.UnescapeDataString(link[(link.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..].Trim());
    }

    /// <summary>
    /// Does the work as if at <paramref name="moment"/> when that is still ahead (attendance is refused before a session
    /// begins), then sets the clock back, so the test goes on at the time it was at.
    /// </summary>
    public async Task<T> AtAsync<T>(DateTimeOffset moment, Func<Task<T>> work)
    {
        var ahead = moment - Clock.GetUtcNow();
        if (ahead <= TimeSpan.Zero)
        {
            return await work();
        }
        Clock.Advance(ahead);
        try
        {
            return await work();
        }
        finally
        {
            Clock.Advance(-ahead);
        }
    }

    /// <summary>A weekly course draft for the kit's provider, starting a week from the clock's now.</summary>
    public OfferingDraft NewDraft(int capacity = 10, int sessions = 4, string title = "Rückenfit im Quartier") =>
        new()
        {
            OrganisationId = Provider.Id,
            Title = title,
            Description = "Sanfte **Übungen** für den Rücken.",
            Category = OfferingCategory.Exercise,
            Kind = OfferingKind.Course,
            TargetGroups = TargetGroups.Tenants,
            Capacity = capacity,
            Sessions = Enumerable.Range(0, sessions).Select(week => new SessionInput(
                Common.BerlinTime.LocalDate(Clock.GetUtcNow()).AddDays(7 * (week + 1)), new TimeOnly(17, 0), new TimeOnly(18, 0))).ToList(),
            Publish = true,
        };

    /// <summary>Creates the draft (a <see cref="NewDraft"/> unless given) at the kit's site, or at one added with <see cref="AddSiteAsync"/>.</summary>
    public async Task<Offering> CreateOfferingAsync(OfferingDraft? draft = null, Site? site = null) =>
        await WithAsync(async services =>
        {
            var outcome = await services.GetRequiredService<OfferingEditor>()
                .CreateAsync(site?.Id ?? Site.Id, draft ?? NewDraft(), ProviderActor, CancellationToken.None);
            return outcome.Value ?? throw new InvalidOperationException($"Offering not created: {outcome.Problem}");
        });

    /// <summary>A district of the kit's site (or of another), for drafts' <see cref="OfferingDraft.DistrictKey"/>.</summary>
    public async Task<District> AddDistrictAsync(string name, Site? site = null, string? boundaryGeoJson = null)
    {
        await using var db = Database.CreateContext();
        var district = new District { SiteId = site?.Id ?? Site.Id, Key = global::Lebenswelten.Core.Common.ReadableKeys.Of(name), Name = name, BoundaryGeoJson = boundaryGeoJson };
        db.Districts.Add(district);
        await db.SaveChangesAsync();
        return district;
    }

    /// <summary>Another site, with a provider organisation that the kit's provider account also acts for.</summary>
    public async Task<(Site Site, Organisation Provider)> AddSiteAsync(string name)
    {
        await using var db = Database.CreateContext();
        var site = new Site { Slug = $"test-{Guid.NewGuid():N}"[..20], Name = name, State = "Sachsen", Ags = "14511000" };
        var organisation = new Organisation { SiteId = site.Id, Name = $"Verein {name}", Kind = OrganisationKind.SportsClub };
        db.AddRange(site, organisation);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = ProviderUserId, SiteId = site.Id, Role = SiteRole.Provider, OrganisationId = organisation.Id });
        await db.SaveChangesAsync();
        return (site, organisation);
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        Site = new Site { Slug = $"test-{Guid.NewGuid():N}"[..20], Name = "Teststadt", State = "Thüringen", Ags = "16053000" };
        db.Sites.Add(Site);
        Provider = new Organisation { SiteId = Site.Id, Name = "Sportverein Test", Kind = OrganisationKind.SportsClub };
        db.Organisations.Add(Provider);
        var user = new AppUser { UserName = "provider@test.invalid", Email = "provider@test.invalid", NormalizedEmail = "PROVIDER@TEST.INVALID", NormalizedUserName = "PROVIDER@TEST.INVALID" };
        db.Users.Add(user);
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = Site.Id, Role = SiteRole.Provider, OrganisationId = Provider.Id });
        await db.SaveChangesAsync();
        ProviderUserId = user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
