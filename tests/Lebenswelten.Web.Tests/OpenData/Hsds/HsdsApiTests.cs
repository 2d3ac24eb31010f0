using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.OpenData.Hsds;

public sealed class HsdsApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Every_HSDS_answer_passes_the_published_schemas_and_carries_what_the_offering_page_shows(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Yoga {CatalogueOfferings.Word()}", d => d with
        {
            Category = OfferingCategory.StressAndMentalHealth, TargetGroups = TargetGroups.OlderPeople | TargetGroups.Tenants,
            Languages = ["de", "ar"], Accessibility = AccessibilityFeatures.StepFree | AccessibilityFeatures.EasyLanguage,
            PriceCents = 1500, ReducedPriceCents = 500, MinAge = 60, Latitude = 50.88, Longitude = 11.6,
        });
        using var client = host.Client();

        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "services?per_page=100"), HsdsSchemas.Service);
        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "organizations"), HsdsSchemas.Organization);
        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "locations?page=1&per_page=50"), HsdsSchemas.Location);
        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "service_at_locations"), HsdsSchemas.ServiceAtLocation);
        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "taxonomies"), HsdsSchemas.Taxonomy);
        await HsdsSchemas.AssertPageAsync(await GetAsync(client, "taxonomy_terms"), HsdsSchemas.TaxonomyTerm);
        var organization = await GetAsync(client, $"organizations/{offering.OrganisationId}");
        await HsdsSchemas.AssertRecordAsync(organization, HsdsSchemas.Organization);

        var service = await GetAsync(client, $"services/{offering.Id}");
        await HsdsSchemas.AssertRecordAsync(service, HsdsSchemas.FullService);
        Assert.Equal(("active", offering.OrganisationId.ToString(), 60), (service.GetProperty("status").GetString(),
            service.GetProperty("organization_id").GetString(), service.GetProperty("minimum_age").GetInt32()));
        Assert.EndsWith($"/angebote/{offering.Id}", service.GetProperty("url").GetString());
        Assert.Equal(["17:00", "17:00"], service.GetProperty("schedules").EnumerateArray().Select(s => s.GetProperty("opens_at").GetString()));
        Assert.Equal(["de", "ar"], service.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Equal([15m, 5m], service.GetProperty("cost_options").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal(["StressAndMentalHealth", "OlderPeople", "Tenants"],
            service.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("taxonomy_term").GetProperty("code").GetString()));
        var location = service.GetProperty("service_at_locations")[0].GetProperty("location");
        Assert.Equal(("Karl-Marx-Allee 20", "07747", "Thüringen"), (location.GetProperty("addresses")[0].GetProperty("address_1").GetString(),
            location.GetProperty("addresses")[0].GetProperty("postal_code").GetString(), location.GetProperty("addresses")[0].GetProperty("state_province").GetString()));
        Assert.Equal(2, location.GetProperty("accessibility").GetArrayLength());
    }

    [Theory, BothProviders]
    public async Task A_taxonomy_term_narrows_the_services_and_the_same_record_keeps_its_ids(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Sucht {CatalogueOfferings.Word()}",
            d => d with { Category = OfferingCategory.AddictionPrevention });
        using var client = host.Client();
        var terms = (await GetAsync(client, "taxonomy_terms")).GetProperty("contents").EnumerateArray().ToList();
        var addiction = terms.Single(t => t.GetProperty("code").GetString() == "AddictionPrevention").GetProperty("id").GetString();
        var exercise = terms.Single(t => t.GetProperty("code").GetString() == "Exercise").GetProperty("id").GetString();

        Assert.Contains(offering.Id.ToString(), await ServiceIdsAsync(client, $"taxonomy_term_id={addiction}"));
        Assert.DoesNotContain(offering.Id.ToString(), await ServiceIdsAsync(client, $"taxonomy_term_id={exercise}"));
        // Derived ids (location, terms) are the same on every call, so a portal can follow changes.
        Assert.Equal((await GetAsync(client, $"services/{offering.Id}")).GetProperty("service_at_locations")[0].GetProperty("location_id").GetString(),
            (await GetAsync(client, $"services/{offering.Id}")).GetProperty("service_at_locations")[0].GetProperty("location_id").GetString());
    }

    [Theory, BothProviders]
    public async Task Drafts_other_sites_offerings_and_registrations_stay_out_of_the_open_data(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Lauftreff {CatalogueOfferings.Word()}");
        var draft = await CatalogueOfferings.CreateAsync(host, $"Entwurf {CatalogueOfferings.Word()}", d => d with { Publish = false });
        var guest = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(host, offering.Id, guest, "Geheime Teilnehmerin");
        using var client = host.Client();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sites/weimar/hsds/services/{offering.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sites/jena/hsds/services/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/sites/weimar/hsds/organizations/{offering.OrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/sites/atlantis/hsds/services")).StatusCode);
        var all = await client.GetStringAsync($"/api/sites/jena/hsds/services/{offering.Id}");
        Assert.DoesNotContain(guest, all);
        Assert.DoesNotContain("Geheime", all);
        Assert.DoesNotContain(draft.Id.ToString(), string.Join(",", await ServiceIdsAsync(client, "per_page=100")));
    }

    [Theory, BothProviders]
    public async Task Paging_values_outside_the_rule_are_400_problems_naming_the_field(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();
        foreach (var (query, field) in new[] { ("page=0", "page"), ("page=-1", "page"), ("per_page=101", "per_page"),
                     ("per_page=99999999999", "per_page"), ("page=abc", "page"), ("taxonomy_term_id=nonsense", "taxonomy_term_id") })
        {
            var response = await client.GetAsync($"/api/sites/jena/hsds/services?{query}");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
        }
        var last = await GetAsync(client, "services?page=100000");
        Assert.Equal((0, false, true), (last.GetProperty("size").GetInt32(), last.GetProperty("first_page").GetBoolean(),
            last.GetProperty("last_page").GetBoolean()));
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync($"/api/sites/jena/hsds/{path}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<List<string?>> ServiceIdsAsync(HttpClient client, string query) =>
        (await GetAsync(client, $"services?{query}")).GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
}
