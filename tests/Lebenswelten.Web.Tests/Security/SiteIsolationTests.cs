using System.Net;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Nobody reads another site's protected data through any route: every non-public address with a {site}
/// is opened at Jena by each Weimar account (refused) and by Jena's coordinator (allowed, so the refusal means something).
/// </summary>
public sealed class SiteIsolationTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task A_user_of_one_site_cannot_read_another_sites_data_through_any_route(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var siteRoutes = EndpointCatalogue.Of(host.Services)
            .Where(e => !e.IsAnonymous && e.Method == "GET" && e.Pattern.Contains("{site}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(siteRoutes);
        var jenaRecords = await JenaRecordsAsync(host);

        foreach (var account in DemoAccounts.All.Where(a => a.SiteSlug == "weimar"))
        {
            using var api = await host.ApiClientAsync(account.Email);
            using var pages = await host.PageClientAsync(account.Email);
            foreach (var route in siteRoutes)
            {
                var response = await (route.IsApi ? api : pages).GetAsync(route.Url("jena", RecordsFor(route, jenaRecords)));
                var refused = route.IsApi
                    ? response.StatusCode == HttpStatusCode.Forbidden
                    : response.StatusCode == HttpStatusCode.Redirect
                      && response.Headers.Location!.OriginalString.Contains("/konto/zugriff-verweigert", StringComparison.Ordinal);
                Assert.True(refused, $"{account.Email} {route}: {response.StatusCode} {response.Headers.Location}");
            }
        }

        foreach (var group in siteRoutes.GroupBy(OwnAccount))
        {
            using var ownApi = await host.ApiClientAsync(group.Key);
            using var ownPages = await host.PageClientAsync(group.Key);
            foreach (var route in group)
            {
                var response = await (route.IsApi ? ownApi : ownPages).GetAsync(route.Url("jena", RecordsFor(route, jenaRecords)));
                // A published offering's preview is its public page (the record here is published).
                var publicPage = response.StatusCode == HttpStatusCode.Redirect && route.Pattern.EndsWith("/vorschau", StringComparison.Ordinal)
                    && response.Headers.Location!.OriginalString == $"/angebote/{jenaRecords["id"]}";
                Assert.True(response.StatusCode == HttpStatusCode.OK || publicPage, $"{group.Key} {route}: {response.StatusCode}");
            }
        }
    }

    /// <summary>
    /// The Jena account that may open a route: the coordinator, except where only a practice may (its own hours) or only
    /// the jobcenter's counsellors (their vouchers).
    /// </summary>
    private static string OwnAccount(AppEndpoint route) =>
        route.Pattern.Contains("/sprechzeiten/{schedule", StringComparison.Ordinal) ? "practice@jena.demo"
        : (route.Pattern.Contains("/referrals", StringComparison.Ordinal) || route.Pattern.Contains("/gutscheine", StringComparison.Ordinal))
            && !route.Pattern.EndsWith("/zahlen", StringComparison.Ordinal) ? "jobcenter@jena.demo"
        : "coordinator@jena.demo";

    /// <summary>A survey's pages name it "id" as an offering's do: they get the Jena demo survey's id.</summary>
    private static Dictionary<string, string> RecordsFor(AppEndpoint route, Dictionary<string, string> records) =>
        route.Pattern.Contains("/umfragen/{id", StringComparison.Ordinal)
            ? new(records) { ["id"] = records["survey"] }
            : records;

    /// <summary>Real Jena records for the routes' ids, so that "allowed" means the page really showed something.</summary>
    private static async Task<Dictionary<string, string>> JenaRecordsAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var offering = await db.Offerings.Include(o => o.Sessions)
            .Where(o => o.Status == OfferingStatus.Published && db.Sites.Any(s => s.Id == o.SiteId && s.Slug == "jena"))
            .OrderBy(o => o.Title).FirstAsync();
        var member = await db.Users.SingleAsync(u => u.Email == "provider@jena.demo");
        var value = await db.IndicatorValues.Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && db.Sites.Any(s => s.Id == i.SiteId && s.Slug == "jena")))
            .OrderBy(v => v.Year).FirstAsync();
        var district = await db.Districts.SingleAsync(d => d.Id == value.DistrictId);
        var room = await db.TelemedicineRooms.SingleAsync(r => r.Name == "Telemedizinraum Smartes Quartier");
        var network = await db.HealthNetworks.Where(n => n.SiteId == room.SiteId).OrderBy(n => n.Name).FirstAsync();
        var schedule = await db.ConsultationSchedules.Where(s => s.SiteId == room.SiteId && s.IsSampleData).OrderBy(s => s.Name).FirstAsync();
        // A voucher the Jena counsellor issued just now, so that its print view is open to them.
        var counsellor = await db.Users.Where(u => u.Email == "jobcenter@jena.demo").Select(u => u.Id).SingleAsync();
        var voucher = (await scope.ServiceProvider.GetRequiredService<Lebenswelten.Core.Referrals.VoucherIssuing>().IssueAsync(room.SiteId,
            new([OfferingCategory.Exercise], null, null), new(counsellor, null), CancellationToken.None)).Value!;
        var project = await Projects.TestProject.CreateAsync(host);
        var (idea, _) = await Ideas.TestIdeas.CreateAsync(host, publish: true);
        return new()
        {
            ["idea"] = idea.Id.ToString(),
            ["survey"] = (await db.Surveys.Where(v => v.SiteId == room.SiteId && v.Code == "WUNSCH26").SingleAsync()).Id.ToString(),
            ["voucher"] = voucher.Voucher.Id.ToString(),
            ["project"] = project.Project.Id.ToString(), ["application"] = project.Application.Id.ToString(),
            ["document"] = project.DocumentId.ToString(),
            ["id"] = offering.Id.ToString(), ["sessionId"] = offering.Sessions.OrderBy(s => s.StartsAt).First().Id.ToString(),
            ["userId"] = member.Id, ["indicator"] = value.IndicatorId.ToString(), ["district"] = district.Key, ["year"] = value.Year.ToString(),
            ["room"] = room.Id.ToString(), ["schedule"] = schedule.Id.ToString(),
            // The Jena demo network, one of its meetings, its minutes' document, and the Jena letter of intent.
            ["network"] = network.Id.ToString(),
            ["organisation"] = (await db.Organisations.Where(o => o.SiteId == room.SiteId).OrderBy(o => o.Name).FirstAsync()).Id.ToString(),
            ["meeting"] = (await db.Meetings.Where(m => m.NetworkId == network.Id).OrderBy(m => m.StartsAt).FirstAsync()).Id.ToString(),
            ["networkDocument"] = (await db.NetworkDocuments.Where(d => d.SiteId == room.SiteId).OrderBy(d => d.Title).FirstAsync()).Id.ToString(),
            ["agreement"] = (await db.Agreements.Where(a => a.SiteId == room.SiteId).OrderBy(a => a.Title).FirstAsync()).Id.ToString(),
        };
    }
}
