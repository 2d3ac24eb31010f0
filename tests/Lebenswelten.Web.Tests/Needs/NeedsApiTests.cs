using Lebenswelten.Core.Sites;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Tests.Infrastructure;
using NetTopologySuite.Features;

namespace Lebenswelten.Web.Tests.Needs;

public sealed class NeedsApiTests(AppHosts hosts)
{
    private const string BrokenCsv = "district,year,numerator,denominator\nWenigenjena,2023,6,60\nAtlantis,2023,3,30\nWenigenjena,2023,7,70\nLobeda-Altstadt,2023,viele,50\n";

    [Theory, BothProviders]
    public async Task Districts_are_a_valid_GeoJSON_feature_collection_with_need_index(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();

        var response = await client.GetAsync("/api/sites/leipzig/districts");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(await response.Content.ReadAsStringAsync(), DistrictGeometry.GeoJson)!;
        Assert.Equal(63, collection.Count);
        Assert.All(collection, f => Assert.True(f.Geometry.IsValid, $"{f.Attributes["name"]}"));
        var zentrum = collection.Single(f => (string)f.Attributes["key"] == "00");
        Assert.Equal("Zentrum", zentrum.Attributes["name"]);
        Assert.True(zentrum.Geometry.Covers(DistrictGeometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(12.3810, 51.3397))));
        Assert.InRange(Convert.ToInt32(zentrum.Attributes["needRank"]), 1, 63);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis/districts"), HttpStatusCode.NotFound);
    }

    [Theory, BothProviders]
    public async Task A_broken_csv_gets_422_with_every_line_and_a_clean_one_is_stored(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var indicator = await TestIndicators.CreateAsync(host, "jena");
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        var url = $"/api/sites/jena/indicators/{indicator.Id}/values";

        var broken = await coordinator.PostAsync(url, new StringContent(BrokenCsv, Encoding.UTF8, "text/csv"));
        await ProblemAssert.IsProblemAsync(broken, HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await broken.Content.ReadAsStringAsync());
        Assert.Equal([3, 4, 5], problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
        Assert.Contains("Atlantis", problem.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await coordinator.GetFromJsonAsync<JsonElement[]>(url))!);

        var clean = await coordinator.PostAsync(url, new StringContent("district,year,numerator,denominator\nWenigenjena,2023,6,60\nNeulobeda,2023,3,30\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);

        using var anonymous = host.Client();
        var values = await anonymous.GetFromJsonAsync<JsonElement[]>($"{url}?year=2023");
        var shown = values!.ToDictionary(v => v.GetProperty("districtName").GetString()!);
        Assert.Equal(10.0, shown["Wenigenjena"].GetProperty("value").GetDouble());
        // Three cases: held back, never published.
        Assert.Equal(JsonValueKind.Null, shown["Neulobeda"].GetProperty("value").ValueKind);
        Assert.Equal("< 5", shown["Neulobeda"].GetProperty("shown").GetString());
        Assert.DoesNotContain("\"numerator\"", await anonymous.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Internal_indicators_and_imports_are_for_the_sites_staff_only(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var hidden = await TestIndicators.CreateAsync(host, "jena", privacy: IndicatorPrivacy.Internal);
        using var anonymous = host.Client();
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var otherCoordinator = await host.ApiClientAsync("coordinator@gera.demo");
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");

        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/sites/jena/indicators/{hidden.Id}/values"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(hidden.Key, await anonymous.GetStringAsync("/api/sites/jena/indicators"), StringComparison.Ordinal);
        Assert.Contains(hidden.Key, await coordinator.GetStringAsync("/api/sites/jena/indicators"), StringComparison.Ordinal);
        var csv = "district,year,numerator,denominator\nWenigenjena,2023,6,60\n";
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsync($"/api/sites/jena/indicators/{hidden.Id}/values", new StringContent(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCoordinator.PostAsync($"/api/sites/jena/indicators/{hidden.Id}/values", new StringContent(csv))).StatusCode);
        // A coordinator of Gera cannot reach Jena's indicator through Gera's address either.
        using var gera = await host.ApiClientAsync("coordinator@gera.demo");
        await ProblemAssert.IsProblemAsync(await gera.PostAsync($"/api/sites/gera/indicators/{hidden.Id}/values", new StringContent(csv)), HttpStatusCode.NotFound);
    }
}
