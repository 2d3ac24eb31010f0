using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Offerings.Catalogue;

public sealed class CatalogueApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Filters_narrow_the_results_and_each_item_carries_what_a_card_shows(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        await CatalogueOfferings.CreateAsync(host, $"Kochen {word}", d => d with
        {
            Category = OfferingCategory.Nutrition, TargetGroups = TargetGroups.Children, DistrictKey = "neulobeda",
            Languages = ["de", "ar"], Accessibility = AccessibilityFeatures.StepFree,
        });
        await CatalogueOfferings.CreateAsync(host, $"Laufen {word}", d => d with { DistrictKey = "winzerla", PriceCents = 1200 });
        using var client = host.Client();

        Assert.Equal([$"Kochen {word}", $"Laufen {word}"], await TitlesAsync(client, $"site=jena&q={word}"));
        foreach (var filter in new[] { "category=Nutrition", "district=neulobeda", "free=true", "accessibility=StepFree", "language=ar" })
        {
            Assert.Equal([$"Kochen {word}"], await TitlesAsync(client, $"site=jena&q={word}&{filter}"));
        }
        Assert.Equal(2, (await TitlesAsync(client, $"q={word}&targetGroup=Children")).Count);
        Assert.Empty(await TitlesAsync(client, $"site=weimar&q={word}"));

        using var page = await GetJsonAsync(client, $"/api/offerings?site=jena&q={word}&category=Nutrition");
        // The API's one page shape (PageOf, docs/dev/api-conventions.md).
        Assert.Equal((1, 1, 20, 1), (page.RootElement.GetProperty("total").GetInt32(), page.RootElement.GetProperty("page").GetInt32(),
            page.RootElement.GetProperty("pageSize").GetInt32(), page.RootElement.GetProperty("pageCount").GetInt32()));
        // Only a capped count ("more than 1,000") says so; every other answer keeps the plain shape.
        Assert.False(page.RootElement.TryGetProperty("totalCapped", out _));
        var item = page.RootElement.GetProperty("items")[0];
        Assert.Equal("jena", item.GetProperty("site").GetString());
        Assert.Equal("Neulobeda", item.GetProperty("districtName").GetString());
        Assert.Equal("nutrition", item.GetProperty("category").GetString());
        Assert.Equal(["children"], item.GetProperty("targetGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.True(item.GetProperty("isFree").GetBoolean());
        Assert.Equal(10, item.GetProperty("placesLeft").GetInt32());
        var next = item.GetProperty("nextSession");
        var utc = next.GetProperty("startsAt").GetDateTimeOffset();
        var local = next.GetProperty("startsAtLocal").GetDateTimeOffset();
        Assert.Equal((TimeSpan.Zero, 17), (utc.Offset, local.Hour));
        Assert.Equal(utc, local);
    }

    [Theory, BothProviders]
    public async Task Sorting_by_distance_starts_nearest_to_the_postcode(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        await CatalogueOfferings.CreateAsync(host, $"Lobeda {word}", d => d with { Latitude = 50.882, Longitude = 11.603 });
        await CatalogueOfferings.CreateAsync(host, $"Nord {word}", d => d with { Latitude = 50.945, Longitude = 11.585 });
        using var client = host.Client();

        Assert.Equal([$"Lobeda {word}", $"Nord {word}"], await TitlesAsync(client, $"q={word}&sort=distance&postcode=07747"));
        Assert.Equal([$"Nord {word}", $"Lobeda {word}"], await TitlesAsync(client, $"q={word}&sort=distance&postcode=07743"));
    }

    [Theory, BothProviders]
    public async Task Values_that_make_no_sense_are_400_problems_that_name_the_field(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = host.Client();
        (string Query, string Field)[] cases =
        [
            ("category=Bogus", "category"), ("category=0", "category"), ("targetGroup=None", "targetGroup"),
            ("from=2026-13-45", "from"), ("to=gestern", "to"), ("from=2026-05-02&to=2026-05-01", "to"),
            ("page=-1", "page"), ("page=abc", "page"), ("pageSize=101", "pageSize"), ("q=" + new string('z', 5000), "q"),
            ("weekday=Funday", "weekday"), ("language=klingon", "language"), ("accessibility=Wings", "accessibility"),
            ("free=maybe", "free"), ("hasPlaces=2", "hasPlaces"), ("sort=nearest", "sort"), ("sort=distance", "postcode"),
            ("sort=distance&postcode=0774", "postcode"), ("sort=distance&postcode=10115", "postcode"),
            ("district=neulobeda", "district"), ("site=jena&district=nowhere", "district"),
        ];
        foreach (var (query, field) in cases)
        {
            var response = await client.GetAsync($"/api/offerings?{query}");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"{query}: {body.RootElement}");
            Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        }
        var unknown = await client.GetAsync("/api/offerings?sort=distance&postcode=10115");
        using var unknownBody = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal("Postleitzahl nicht gefunden.", unknownBody.RootElement.GetProperty("errors").GetProperty("postcode")[0].GetString());

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/offerings?site=atlantis"), HttpStatusCode.NotFound);
    }

    [Theory, BothProviders]
    public async Task Details_show_sessions_in_UTC_and_Berlin_time_and_drafts_do_not_exist(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var published = await CatalogueOfferings.CreateAsync(host, $"Kurs {word}", d => d with { ReducedPriceCents = 0, PriceCents = 800 });
        var draft = await CatalogueOfferings.CreateAsync(host, $"Entwurf {word}", d => d with { Publish = false });
        var cancelled = await CatalogueOfferings.CreateAsync(host, $"Abgesagt {word}");
        await CatalogueOfferings.CancelAsync(host, cancelled.Id);
        using var client = host.Client();

        using var details = await GetJsonAsync(client, $"/api/offerings/{published.Id}");
        var root = details.RootElement;
        Assert.Equal(("published", true, 800, 0),
            (root.GetProperty("status").GetString(), root.GetProperty("isOpenForRegistration").GetBoolean(),
            root.GetProperty("priceCents").GetInt32(), root.GetProperty("reducedPriceCents").GetInt32()));
        Assert.Contains("<strong>alle</strong>", root.GetProperty("descriptionHtml").GetString(), StringComparison.Ordinal);
        var sessions = root.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(TimeSpan.Zero, s.GetProperty("startsAt").GetDateTimeOffset().Offset));
        Assert.All(sessions, s => Assert.Equal(17, s.GetProperty("startsAtLocal").GetDateTimeOffset().Hour));
        Assert.DoesNotContain("registrations", root.ToString(), StringComparison.OrdinalIgnoreCase);

        using var gone = await GetJsonAsync(client, $"/api/offerings/{cancelled.Id}");
        Assert.Equal(("cancelled", false),
            (gone.RootElement.GetProperty("status").GetString(), gone.RootElement.GetProperty("isOpenForRegistration").GetBoolean()));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/offerings/{draft.Id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/offerings/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal([$"Kurs {word}"], await TitlesAsync(client, $"q={word}"));
    }

    [Theory, BothProviders]
    public async Task The_calendar_file_has_one_event_per_session_and_drafts_have_none(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await CatalogueOfferings.CreateAsync(host, $"Kalender {CatalogueOfferings.Word()}");
        var draft = await CatalogueOfferings.CreateAsync(host, $"Entwurf {CatalogueOfferings.Word()}", d => d with { Publish = false });
        using var client = host.Client();

        var response = await client.GetAsync($"/angebote/{offering.Id}/kalender.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(OfferingCalendar.FileName(offering), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains($"SUMMARY:{offering.Title}", ics, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/angebote/{draft.Id}/kalender.ics"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_catalogue_is_described_in_the_OpenAPI_document_with_its_query_names()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        using var document = await GetJsonAsync(client, "/openapi/v1.json");

        var search = document.RootElement.GetProperty("paths").GetProperty("/api/offerings").GetProperty("get");
        Assert.Equal("SearchOfferings", search.GetProperty("operationId").GetString());
        var names = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["site", "q", "category", "targetGroup", "district", "from", "to", "weekday", "language", "accessibility",
            "free", "hasPlaces", "sort", "postcode", "page", "pageSize"], names);
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
        var details = document.RootElement.GetProperty("paths").GetProperty("/api/offerings/{id}").GetProperty("get");
        Assert.Equal("GetOffering", details.GetProperty("operationId").GetString());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, string query)
    {
        using var page = await GetJsonAsync(client, $"/api/offerings?{query}");
        return page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}
