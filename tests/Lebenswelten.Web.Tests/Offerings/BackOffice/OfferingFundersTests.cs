using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

/// <summary>Jointly funded offerings (seed 004): funders chosen from the site's insurers, shown as "funded by" in public.</summary>
public sealed class OfferingFundersTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task An_offering_sent_with_its_sites_insurer_shows_it_as_funder_and_an_unknown_or_foreign_one_is_a_field_error(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        var (jena, leipzig) = (await InsurersAsync(host, "jena"), await InsurersAsync(host, "leipzig"));
        using var client = await host.ApiClientAsync("provider@jena.demo");

        var body = OfferingsEditingApiTests.NewBody(me.OrganisationId);
        foreach (var wrong in new[] { Guid.NewGuid(), leipzig.First(o => !o.Name.StartsWith("AOK", StringComparison.Ordinal)).Id, me.OrganisationId })
        {
            body["funderIds"] = new[] { jena[0].Id, wrong };
            var refused = await client.PostAsJsonAsync("/api/offerings", body, Json.Options);
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("funderIds", out _));
        }

        body["funderIds"] = new[] { jena[0].Id };
        var created = await client.PostAsJsonAsync("/api/offerings", body, Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var offering = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([jena[0].Id], offering.GetProperty("funderIds").EnumerateArray().Select(e => e.GetGuid()));

        var page = await host.Client().GetStringAsync($"/angebote/{offering.GetProperty("id").GetGuid()}");
        Assert.Contains("Gefördert von", page, StringComparison.Ordinal);
        Assert.Contains($"<dd>{jena[0].Name.Split(" –")[0]}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offering_form_lists_the_sites_insurers_and_refuses_one_that_is_not_in_german()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var me = await DemoProvider.OfAsync(host);
        var jena = await InsurersAsync(host, "jena");
        using var client = await host.PageClientAsync("provider@jena.demo");
        var form = await client.GetStringAsync("/verwaltung/jena/angebote/neu");
        Assert.All(jena, insurer => Assert.Contains($"value=\"{insurer.Id}\"", form, StringComparison.Ordinal));

        var values = new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = me.OrganisationId.ToString(), ["Input.Title"] = $"Gemeinsam {Guid.NewGuid():N}"[..18],
            ["Input.Category"] = "Exercise", ["Input.Kind"] = "Course", ["Input.TargetGroups"] = "OlderPeople", ["Input.Languages"] = "de",
            ["Input.Capacity"] = "8", ["Input.Price"] = "0", ["Input.Sessions[0].Date"] = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(5).ToString("yyyy-MM-dd"),
            ["Input.Sessions[0].Start"] = "10:00", ["Input.Sessions[0].End"] = "11:00",
            ["Input.CancellationDeadlineHours"] = "24", ["Input.OfferHoldHours"] = "48", ["Input.FunderIds"] = Guid.NewGuid().ToString(),
        };
        var refused = await client.PostAsync("/verwaltung/jena/angebote/neu", BackOfficePagesTests.Form(form, values));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Gefördert von (Krankenkassen des Standorts): Diesen Wert kennen wir nicht.", await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        values["Input.FunderIds"] = jena[0].Id.ToString();
        var saved = await client.PostAsync("/verwaltung/jena/angebote/neu", BackOfficePagesTests.Form(form, values));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Offerings.SingleAsync(o => o.Title == values["Input.Title"]);
        Assert.Equal([jena[0].Id], stored.FunderIds);
    }

    private static async Task<List<Organisation>> InsurersAsync(AppHost host, string site)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var insurers = await db.Organisations.Where(o => o.Kind == OrganisationKind.Insurer && db.Sites.Any(s => s.Id == o.SiteId && s.Slug == site))
            .OrderBy(o => o.Name).ToListAsync();
        Assert.True(insurers.Count > 0, $"{site} has no insurer");
        return insurers;
    }
}
