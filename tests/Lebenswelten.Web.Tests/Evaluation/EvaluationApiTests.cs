using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Evaluation;

public sealed class EvaluationApiTests(AppHosts hosts)
{
    /// <summary>Every property an evaluation answer may have: counts, shares, groups and names of places, never of people.</summary>
    private static readonly HashSet<string> Allowed =
    [
        "from", "to", "groupBy", "minimumCount", "isSampleData", "lines", "total", "group", "figures", "key", "label",
        "registrations", "participants", "attended", "noShows", "cancelled", "waitlisted", "places", "attendanceRate",
        "waitlistPressure", "value", "heldBack", "site", "district", "category", "targetGroup", "ageBand", "sex", "month",
        "quarter", "year", "project", "districts", "name", "residents", "participantShare", "residentShare", "reachRatio",
        "needScore", "needRank", "gisdQuintile", "concentrationIndex", "roomId", "room", "booked", "held",
    ];

    [Theory, BothProviders]
    public async Task An_evaluator_reads_reach_by_district_and_age_band_with_held_back_cells_explicit(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (district, month) = await EvaluationCells.AddAsync(host, 2001, (0, "18-64", 23), (0, "65+", 3));
        using var evaluator = await host.ApiClientAsync("evaluator@jena.demo");

        var response = await evaluator.GetAsync($"/api/sites/jena/evaluation/reach?groupBy=district,ageBand&from={month:yyyy-MM}&to={month:yyyy-MM}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var lines = json.RootElement.GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("group").GetProperty("ageBand").GetProperty("key").GetString()!, l => l.GetProperty("figures"));
        Assert.Equal(25, lines["18-64"].GetProperty("registrations").GetProperty("value").GetInt32());
        Assert.True(lines["65+"].GetProperty("registrations").GetProperty("heldBack").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines["65+"].GetProperty("registrations").GetProperty("value").ValueKind);
        Assert.All(json.RootElement.GetProperty("lines").EnumerateArray(),
            l => Assert.Equal(district[0].Key, l.GetProperty("group").GetProperty("district").GetProperty("key").GetString()));
        Assert.Equal(25, json.RootElement.GetProperty("total").GetProperty("registrations").GetProperty("value").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("minimumCount").GetInt32());
    }

    [Theory, BothProviders]
    public async Task The_routes_of_evaluators_and_insurer_officers_never_return_a_person(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.PostAsync("/api/sites/jena/evaluation/refresh", null)).StatusCode);
        var people = await PersonMarksAsync(host);
        var routes = EndpointCatalogue.Of(host.Services).Where(e => e.Method == "GET" && e.Pattern.Contains("evaluation", StringComparison.Ordinal))
            .Select(e => e.Pattern.Replace("{site}", "jena", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, routes.Count);
        string[] groupings = ["", "district,ageBand,sex", "category,targetGroup,month", "project,quarter", "year,sex", "site"];

        foreach (var reader in new[] { "evaluator@jena.demo", "insurer@jena.demo" })
        {
            using var client = await host.ApiClientAsync(reader);
            foreach (var route in routes)
            {
                foreach (var groupBy in groupings)
                {
                    var response = await client.GetAsync($"{route}?from=2020-01&to=2029-12&groupBy={groupBy}");
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
                        continue;
                    }
                    using var json = JsonDocument.Parse(body);
                    var unexpected = Properties(json.RootElement).Except(Allowed).ToList();
                    Assert.True(unexpected.Count == 0, $"{reader} {route} {groupBy}: {string.Join(", ", unexpected)}");
                    Assert.DoesNotContain(people, mark => body.Contains(mark, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    [Theory, BothProviders]
    public async Task Malformed_queries_get_400_and_queries_against_the_rules_422(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        using var evaluator = await host.ApiClientAsync("evaluator@jena.demo");
        string[] malformed = ["groupBy=bogus", "from=2026-13-45", "to=tomorrow", "category=Bogus", "targetGroup=aliens",
            "groupBy=" + Uri.EscapeDataString("'; DROP TABLE \"ReachFacts\"; --"), "from=" + new string('9', 5000)];
        string[] againstRules = ["from=2026-05&to=2026-01", "groupBy=sex,sex", "groupBy=sex,year,month,quarter", "from=2001-01&to=2026-01"];

        foreach (var route in new[] { "/api/sites/jena/evaluation/reach", "/api/evaluation/reach" })
        {
            var client = route.StartsWith("/api/sites", StringComparison.Ordinal) ? coordinator : evaluator;
            foreach (var query in malformed)
            {
                await ProblemAssert.IsProblemAsync(await client.GetAsync($"{route}?{query}"), HttpStatusCode.BadRequest);
            }
            foreach (var query in againstRules)
            {
                await ProblemAssert.IsProblemAsync(await client.GetAsync($"{route}?{query}"), HttpStatusCode.UnprocessableEntity);
            }
        }
        await ProblemAssert.IsProblemAsync(await evaluator.GetAsync("/api/evaluation/reach?groupBy=site,district"), HttpStatusCode.UnprocessableEntity);
    }

    /// <summary>What would point to a person at Jena: registrations' and appointments' ids, accounts, names and addresses.</summary>
    internal static async Task<List<string>> PersonMarksAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var registrations = await db.Registrations.Select(r => new { r.Id, r.UserId, r.Name, r.Email }).ToListAsync();
        var appointments = await db.TelemedicineAppointments.Select(a => new { a.Id, a.UserId, a.Name, a.Email }).ToListAsync();
        Assert.NotEmpty(registrations);
        return registrations.SelectMany(r => new[] { r.Id.ToString(), r.UserId, r.Name, r.Email })
            .Concat(appointments.SelectMany(a => new[] { a.Id.ToString(), a.UserId, a.Name, a.Email }))
            .OfType<string>().Where(m => m.Length >= 6).Distinct().ToList();
    }

    private static IEnumerable<string> Properties(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Properties(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Properties),
        _ => [],
    };
}
