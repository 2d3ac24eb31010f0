using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Network;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Core.Tests.Administration;

/// <summary>Sites and who belongs to them: the directory reads the site, the roster its organisations and people.</summary>
public sealed class SiteRosterTests
{
    [Theory]
    [BothProviders]
    public async Task Site_owned_rows_of_one_site_never_appear_at_another(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (north, south) = await TwoSitesAsync(database);
        await using var db = database.CreateContext();
        var roster = new SiteRoster(db);

        var districts = await new SiteDirectory(db).DistrictsAsync(north.Id);
        var organisations = await roster.OrganisationsAsync(north.Id);
        var members = await roster.MembersAsync(north.Id);

        Assert.Equal(["Nordstadt"], districts.Select(d => d.Name));
        Assert.Equal(["Verein Nord"], organisations.Select(o => o.Name));
        var member = Assert.Single(members);
        Assert.Equal("nord@example.org", member.Email);
        Assert.Equal([SiteRole.Provider, SiteRole.Coordinator], member.Roles);
        Assert.Equal("Verein Nord", member.Organisation);
        Assert.DoesNotContain(await roster.MembersAsync(south.Id), m => m.Email == "nord@example.org");
    }

    [Theory]
    [BothProviders]
    public async Task The_overview_counts_each_sites_own_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TwoSitesAsync(database);
        await using var db = database.CreateContext();

        var overview = await new SiteRoster(db).OverviewAsync();

        Assert.Equal(
            [new SiteOverview("nord", "Nord", 1, 1, 1), new SiteOverview("sued", "Süd", 1, 1, 1)],
            overview);
    }

    [Theory]
    [BothProviders]
    public async Task An_unknown_slug_finds_no_site(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Null(await new SiteDirectory(db).FindAsync("atlantis"));
    }

    private static async Task<(Site North, Site South)> TwoSitesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var north = new Site { Slug = "nord", Name = "Nord", State = "Thüringen", Ags = "16053000" };
        var south = new Site { Slug = "sued", Name = "Süd", State = "Sachsen", Ags = "14511000" };
        db.Sites.AddRange(north, south);
        foreach (var (site, name) in new[] { (north, "Nord"), (south, "Süd") })
        {
            db.Districts.Add(new District { SiteId = site.Id, Key = name.ToLowerInvariant(), Name = $"{name}stadt" });
            var club = new Organisation { SiteId = site.Id, Name = $"Verein {name}", Kind = OrganisationKind.SportsClub };
            db.Organisations.Add(club);
            var user = new AppUser
            {
                UserName = $"{name.ToLowerInvariant()}@example.org", Email = $"{name.ToLowerInvariant()}@example.org",
            };
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            user.NormalizedUserName = user.NormalizedEmail;
            db.Users.Add(user);
            db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = site.Id, Role = SiteRole.Coordinator });
            db.SiteRoleAssignments.Add(new SiteRoleAssignment
            {
                UserId = user.Id, SiteId = site.Id, Role = SiteRole.Provider, OrganisationId = club.Id,
            });
        }
        await db.SaveChangesAsync();
        return (north, south);
    }
}
