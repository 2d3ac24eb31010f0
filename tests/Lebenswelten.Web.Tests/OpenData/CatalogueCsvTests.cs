using System.Globalization;
using System.Net;
using CsvHelper;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;

namespace Lebenswelten.Web.Tests.OpenData;

public sealed class CatalogueCsvTests(AppHosts hosts)
{
    /// <summary>The documented columns (docs/en/open-data.md), in their order: a portal's import depends on it.</summary>
    private static readonly string[] Columns =
    [
        "id", "title", "description", "category", "kind", "target_groups", "min_age", "max_age", "languages", "accessibility",
        "provider", "provider_website", "venue", "street", "postal_code", "city", "district", "latitude", "longitude",
        "first_session", "last_session_end", "sessions", "price_eur", "reduced_price_eur", "certification", "url", "last_modified", "licence",
    ];

    [Theory, BothProviders]
    public async Task An_open_data_portal_downloads_the_sites_catalogue_with_the_documented_columns_and_the_licence(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(host, $"=HYPERLINK(\"x\") {word}", d => d with
        {
            Category = OfferingCategory.Nutrition, TargetGroups = TargetGroups.Children | TargetGroups.Parents, DistrictKey = "neulobeda",
            PriceCents = 1250, ReducedPriceCents = 300, Languages = ["de", "uk"],
        });
        var guest = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(host, offering.Id, guest);
        using var client = host.Client();

        var response = await client.GetAsync($"/api/sites/jena/catalogue.csv?q={word}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(guest, text);
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal(Columns, csv.HeaderRecord);
        Assert.True(await csv.ReadAsync());
        Assert.Equal(offering.Id.ToString(), csv.GetField("id"));
        // A title that starts like a formula stays text in a spreadsheet (CSV injection).
        Assert.StartsWith("'=HYPERLINK", csv.GetField("title"));
        Assert.Equal(("Nutrition", "Children Parents", "de uk", "neulobeda"),
            (csv.GetField("category"), csv.GetField("target_groups"), csv.GetField("languages"), csv.GetField("district")));
        Assert.Equal(("12.5", "3", "2"), (csv.GetField("price_eur"), csv.GetField("reduced_price_eur"), csv.GetField("sessions")));
        Assert.EndsWith($"/angebote/{offering.Id}", csv.GetField("url"));
        Assert.Equal("dl-de/by-2-0", csv.GetField("licence"));
        Assert.False(await csv.ReadAsync());

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/jena/catalogue.csv?category=Bogus"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis/catalogue.csv"), HttpStatusCode.NotFound);
    }
}
