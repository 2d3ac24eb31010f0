using System.Net;
using System.Text;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// Every API endpoint that takes input, fed malformed and hostile input by a user who may call it:
/// the answer is a 4xx problem (never a 5xx), and nothing is half-written.
/// </summary>
public sealed class BadInputTests(AppHosts hosts)
{
    private static readonly string Huge = new('x', 100_000);

    private static readonly (string Name, string Body, string ContentType)[] HostileBodies =
    [
        ("truncated JSON", "{\"title\": ", "application/json"),
        ("array instead of object", "[1,2,3]", "application/json"),
        ("string instead of object", "\"hello\"", "application/json"),
        ("wrong types", "{\"title\": 5, \"capacity\": \"many\", \"organisationId\": 12, \"name\": [], \"email\": {}}", "application/json"),
        ("huge strings", $"{{\"title\": \"{Huge}\", \"name\": \"{Huge}\", \"email\": \"{Huge}@x.de\", \"description\": \"{Huge}\"}}", "application/json"),
        ("negative and overflowing numbers", "{\"capacity\": -1, \"priceCents\": 99999999999999999999, \"birthYear\": -5, \"minAge\": 2147483648}", "application/json"),
        ("invalid dates", "{\"sessions\": [{\"date\": \"2026-13-45\", \"start\": \"25:61\", \"end\": \"x\"}], \"registrationOpensAt\": \"yesterday\"}", "application/json"),
        ("script and SQL", "{\"title\": \"<script>alert(1)</script>\", \"name\": \"'; DROP TABLE \\\"Offerings\\\"; --\", \"email\": \"a@b.de' OR 1=1 --\"}", "application/json"),
        ("unknown enum values", "{\"category\": \"Bogus\", \"kind\": 99, \"sex\": \"Unknown\", \"targetGroups\": \"Aliens\"}", "application/json"),
        ("hostile booking", $"{{\"slotId\": \"' OR 1=1 --\", \"kind\": 99, \"roomId\": \"{Guid.Empty}\", \"name\": \"'; DROP TABLE \\\"Offerings\\\"; --\", \"email\": \"a@b.de' OR 1=1 --\", \"reason\": \"{Huge}\"}}", "application/json"),
        ("wrong content type", "name=x&email=y", "application/x-www-form-urlencoded"),
        ("plain text", "hello", "text/plain"),
        ("oversized body", "{\"title\": \"" + new string('y', 2_000_000) + "\"}", "application/json"),
    ];

    [Theory, BothProviders]
    public async Task Hostile_bodies_get_a_problem_answer_and_change_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        using var anonymous = host.Client();
        var ids = await OwnOfferingAsync(host);
        // Protected endpoints as the administrator (who may call them all but /fhir, which is for practices and refuses
        // him with 403 — the practice's own sweep is Fhir/FhirHostileInputTests), public ones as a stranger;
        // cancelling comes last, since a cancelled offering refuses every later change anyway.
        var endpoints = EndpointCatalogue.Of(host.Services)
            .Where(e => e.IsApi && e.TakesInput && e.Method is "POST" or "PUT" or "PATCH" && !e.Pattern.StartsWith("/api/account", StringComparison.Ordinal))
            .OrderBy(e => e.Pattern.Contains("cancel", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            foreach (var (name, body, contentType) in HostileBodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena", ids))
                {
                    Content = new StringContent(body, Encoding.UTF8, contentType),
                };
                // Lets the server refuse an oversized body before the client has sent it.
                request.Headers.ExpectContinue = true;
                var response = await (endpoint.IsAnonymous ? anonymous : admin).SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{endpoint} with {name}: {status} {await response.Content.ReadAsStringAsync()}");
                // /fhir answers every error as an OperationOutcome (its own sweep: Fhir/FhirHostileInputTests).
                var errorType = endpoint.Pattern.StartsWith("/fhir", StringComparison.Ordinal) ? "application/fhir+json" : "application/problem+json";
                Assert.True(response.Content.Headers.ContentType?.MediaType == errorType,
                    $"{endpoint} with {name}: {status} {response.Content.Headers.ContentType}");
            }
        }
        // Other tests share this app, so look for the hostile values themselves rather than at row counts.
        Assert.Equal(0, await HostileRowsAsync(host, Guid.Parse(ids["indicator"])));
    }

    /// <summary>Identity's account endpoints we closed (issue 15: POST manage/info among them) refuse hostile bodies alike.</summary>
    [Theory, BothProviders]
    public async Task Closed_account_endpoints_answer_hostile_bodies_with_a_problem(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = await TestAccounts.CreateAsync(host);
        using var client = await host.ApiClientAsync(person.Email);
        var closed = EndpointCatalogue.Of(host.Services).Where(e => e.Method == "POST"
            && AuthorizationMatrixTests.Rules.GetValueOrDefault(e.ToString()) == AccessRules.Closed).ToList();
        Assert.Contains(closed, e => e.Pattern == "/api/account/manage/info");

        foreach (var endpoint in closed)
        {
            foreach (var (name, body, contentType) in HostileBodies)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url("jena"))
                {
                    Content = new StringContent(body, Encoding.UTF8, contentType),
                };
                request.Headers.ExpectContinue = true;
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{endpoint} with {name}: {status}");
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{endpoint} with {name}: {response.Content.Headers.ContentType}");
            }
        }
    }

    [Theory, BothProviders]
    public async Task Hostile_query_strings_never_break_a_public_search(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();
        string[] queries =
        [
            "page=-1&pageSize=100000", "page=99999999999", "from=2026-13-45&to=tomorrow", "category=Bogus&targetGroup=42",
            "q=" + Uri.EscapeDataString("' OR 1=1 --"), "q=" + Uri.EscapeDataString("<script>alert(1)</script>"),
            "q=" + new string('z', 5000), "q=%25%5F%5C", "site=atlantis", "weekday=Funday&language=klingon",
            "sort=distance&postcode=00000", "free=maybe&hasPlaces=2", "district=nowhere&site=jena",
        ];
        // The open-data lists (issue 22) take the same hostile values, and HSDS's own paging names.
        queries = [.. queries, "per_page=-5&page=99999999999", "per_page=100000", "taxonomy_term_id=' OR 1=1 --", "page=1e9&per_page=0x10"];
        foreach (var path in new[] { "/api/offerings", "/angebote", "/api/sites/jena/hsds/services", "/api/sites/jena/hsds/organizations",
                     "/api/sites/jena/hsds/locations", "/api/sites/jena/hsds/service_at_locations", "/api/sites/jena/calendar.ics",
                     "/api/sites/jena/catalogue.csv" })
        {
            foreach (var query in queries)
            {
                var response = await client.GetAsync($"{path}?{query}");
                Assert.True((int)response.StatusCode < 500, $"{path}?{query}: {response.StatusCode}");
            }
        }
    }

    /// <summary>An offering of this test's own, so that a hostile request that got through would show.</summary>
    private static async Task<Dictionary<string, string>> OwnOfferingAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var jena = await db.Sites.SingleAsync(s => s.Slug == "jena");
        var provider = await db.Organisations.FirstAsync(o => o.SiteId == jena.Id);
        var admin = await db.Users.SingleAsync(u => u.Email == "admin@lebenswelten.demo");
        var draft = new OfferingDraft
        {
            OrganisationId = provider.Id, Title = "Bad-input target", TargetGroups = TargetGroups.Everyone, Capacity = 5, Publish = true,
            Sessions = [new SessionInput(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), new TimeOnly(10, 0), new TimeOnly(11, 0))],
        };
        var offering = await scope.ServiceProvider.GetRequiredService<OfferingEditor>()
            .CreateAsync(jena.Id, draft, new AuditActor(admin.Id, null), CancellationToken.None);
        // The indicator CSV import reads the body as CSV: hostile bodies must fail its checks with 422 and store nothing.
        var indicator = await Needs.TestIndicators.CreateAsync(host, "jena");
        // The value correction's address needs a real district and year, or every request would only meet a 404.
        return new() { ["id"] = offering.Value!.Id.ToString(), ["indicator"] = indicator.Id.ToString(), ["district"] = "wenigenjena", ["year"] = "2023" };
    }

    private static async Task<int> HostileRowsAsync(AppHost host, Guid indicatorId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.Offerings.CountAsync(o => o.Title.Contains("<script>") || o.Title.StartsWith("xxxxxxxx") || o.Title.StartsWith("yyyyyyyy"))
            + await db.Registrations.CountAsync(r => r.Name.Contains("DROP TABLE") || r.Name.StartsWith("xxxxxxxx"))
            + await db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId)
            + await db.TelemedicineAppointments.CountAsync(a => a.Name.Contains("DROP TABLE") || a.Name.StartsWith("xxxxxxxx"))
            // A hostile definition neither creates an indicator nor renames the test's own.
            + await db.Indicators.CountAsync(i => i.Name.Contains("DROP TABLE") || i.Name.StartsWith("xxxxxxxx") || (i.Id == indicatorId && !i.Name.StartsWith("Testindikator")));
    }
}
