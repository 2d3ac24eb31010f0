using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Sites;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Sites;

public sealed class SitesApiTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task Lists_the_five_demo_sites_with_their_real_GISD_scores(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        var sites = await client.GetFromJsonAsync<List<SiteSummaryDto>>("/api/sites", Json.Options);

        Assert.Equal(["chemnitz", "gera", "jena", "leipzig", "weimar"], sites!.Select(s => s.Slug).Order());
        var gera = sites!.Single(s => s.Slug == "gera");
        Assert.Equal("16052000", gera.Ags);
        Assert.Equal(new GisdDto(2021, 0.763, 5, Lebenswelten.Core.Sites.GisdTable.Citation), gera.Gisd);
        Assert.Equal(1, sites!.Single(s => s.Slug == "jena").Gisd!.Quintile);
    }

    [Theory]
    [BothProviders]
    public async Task A_site_has_its_districts_and_organisations(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        var leipzig = await client.GetFromJsonAsync<SiteDetailsDto>("/api/sites/leipzig", Json.Options);
        var organisations = await client.GetFromJsonAsync<List<OrganisationDto>>("/api/sites/leipzig/organisations", Json.Options);

        Assert.Equal(63, leipzig!.Districts.Count);
        Assert.Contains(leipzig.Districts, d => d is { Name: "Grünau-Mitte", IsSampleData: false });
        Assert.Contains(organisations!, o => o.Name == "Jobcenter Leipzig");
        Assert.DoesNotContain(organisations!, o => o.Name == "NINERS Chemnitz");
    }

    [Theory]
    [BothProviders]
    public async Task An_unknown_site_is_a_404_problem(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis/organisations"), HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task Members_are_shown_to_the_sites_coordinator_and_the_administrator_only(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);

        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var members = await coordinator.GetFromJsonAsync<List<SiteMemberDto>>("/api/sites/jena/members", Json.Options);
        // Other tests add their own people at Jena, so count the demo accounts and check no other site's shows up.
        Assert.Equal(7, members!.Count(m => m.Email.EndsWith("@jena.demo", StringComparison.Ordinal)));
        Assert.DoesNotContain(members!, m => m.Email.EndsWith(".demo", StringComparison.Ordinal) && !m.Email.EndsWith("@jena.demo", StringComparison.Ordinal));

        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/sites/jena/members")).StatusCode);

        using var otherCoordinator = await host.ApiClientAsync("coordinator@weimar.demo");
        await ProblemAssert.IsProblemAsync(await otherCoordinator.GetAsync("/api/sites/jena/members"), HttpStatusCode.Forbidden);
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        await ProblemAssert.IsProblemAsync(await resident.GetAsync("/api/sites/jena/members"), HttpStatusCode.Forbidden);
        using var anonymous = host.Client();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/api/sites/jena/members"), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [BothProviders]
    public async Task Reading_the_member_list_is_audited_for_every_member_whose_data_was_shown(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/sites/jena/members")).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var reader = await db.Users.SingleAsync(u => u.Email == "coordinator@jena.demo");
        var resident = await db.Users.SingleAsync(u => u.Email == "resident@jena.demo");
        var lines = await db.AuditEntries.Where(a => a.ActorUserId == reader.Id && a.DataKind == "Site.Members").ToListAsync();
        Assert.Contains(lines, a => a.SubjectUserId == resident.Id && a.At >= before && a.Action == Core.Privacy.AuditAction.Read);
    }
}
