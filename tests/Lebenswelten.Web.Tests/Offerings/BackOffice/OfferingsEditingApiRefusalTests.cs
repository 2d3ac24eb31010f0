using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

/// <summary>Wrong input never reaches the domain as a crash: 400 for what cannot be read, 422 per field for what breaks a rule.</summary>
public sealed class OfferingsEditingApiRefusalTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Broken_rules_are_a_422_with_German_errors_per_field(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        using var client = await host.ApiClientAsync("provider@jena.demo");
        var body = OfferingsEditingApiTests.NewBody(me.OrganisationId);
        body["title"] = " ";
        body["capacity"] = 0;
        body["languages"] = new[] { "de", "klingonisch" };
        body["repeat"] = new { from = "2027-03-01", until = "2027-03-31", days = new[] { "Monday" }, start = "18:00", end = "17:00" };

        var errors = await ErrorsAsync(await client.PostAsJsonAsync("/api/offerings", body, Json.Options));

        Assert.Equal(["capacity", "languages", "repeat.end", "title"], errors.Keys.Order());
        Assert.Equal("Bitte ausfüllen.", errors["title"][0]);
        Assert.Equal("Das Ende liegt vor dem Beginn.", errors["repeat.end"][0]);
    }

    [Theory, BothProviders]
    public async Task Missing_kind_unknown_site_and_unknown_district_are_named(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        using var client = await host.ApiClientAsync("provider@jena.demo");
        var offering = await me.CreateOfferingAsync(host);

        var withoutKind = OfferingsEditingApiTests.NewBody(me.OrganisationId);
        withoutKind.Remove("kind");
        var atlantis = OfferingsEditingApiTests.NewBody(me.OrganisationId);
        atlantis["site"] = "atlantis";
        var nowhere = OfferingsEditingApiTests.NewBody(me.OrganisationId);
        nowhere["districtKey"] = "gibt-es-nicht";

        Assert.Equal(["kind"], (await ErrorsAsync(await client.PostAsJsonAsync("/api/offerings", withoutKind, Json.Options))).Keys);
        Assert.Equal(["site"], (await ErrorsAsync(await client.PostAsJsonAsync("/api/offerings", atlantis, Json.Options))).Keys);
        Assert.Equal(["districtKey"],
            (await ErrorsAsync(await client.PutAsJsonAsync($"/api/offerings/{offering.Id}", nowhere, Json.Options))).Keys);
    }

    [Theory, BothProviders]
    public async Task Unreadable_bodies_are_a_400_problem_not_a_crash(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        var offering = await me.CreateOfferingAsync(host);
        using var client = await host.ApiClientAsync("provider@jena.demo");
        var valid = JsonSerializer.Serialize(OfferingsEditingApiTests.NewBody(me.OrganisationId), Json.Options);
        string[] broken =
        [
            "{",
            "[]",
            valid.Replace("\"capacity\":12", "\"capacity\":\"zwölf\"", StringComparison.Ordinal),
            valid.Replace("\"Exercise\"", "\"Yoga\"", StringComparison.Ordinal),
            valid.Replace("\"targetGroups\":[\"Tenants\"", "\"targetGroups\":[\"Aliens\"", StringComparison.Ordinal),
            valid.Replace("\"start\":\"10:00\"", "\"start\":\"25:99\"", StringComparison.Ordinal),
            valid.Replace("\"days\":[\"", "\"days\":[\"Funday\",\"", StringComparison.Ordinal),
            valid.Replace("\"organisationId\":\"", "\"organisationId\":\"nicht-", StringComparison.Ordinal),
            valid.Replace("\"capacity\":12", "\"capactiy\":12", StringComparison.Ordinal),
        ];

        foreach (var json in broken)
        {
            Assert.NotEqual(valid, json);
            using var create = new StringContent(json, Encoding.UTF8, "application/json");
            await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/offerings", create), HttpStatusCode.BadRequest);
            using var update = new StringContent(json, Encoding.UTF8, "application/json");
            await ProblemAssert.IsProblemAsync(await client.PutAsync($"/api/offerings/{offering.Id}", update), HttpStatusCode.BadRequest);
        }
        using var misspelt = new StringContent("{\"reasn\":\"Krank\"}", Encoding.UTF8, "application/json");
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/offerings/{offering.Id}/cancel", misspelt),
            HttpStatusCode.BadRequest);
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
