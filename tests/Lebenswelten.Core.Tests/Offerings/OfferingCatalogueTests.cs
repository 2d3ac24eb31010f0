using Lebenswelten.Core.Sites;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Core.Tests.Offerings;

public sealed class OfferingCatalogueTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, BothProviders]
    public async Task Free_text_finds_every_word_in_title_description_venue_and_provider_with_or_without_umlauts(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Rückenfit im Quartier") with { Venue = new Venue { Name = "Treff Grünau" } });
        var cooking = await kit.CreateOfferingAsync(
            kit.NewDraft(title: "Gesund kochen mit Kindern") with { Description = "Einfache Rezepte." });

        Assert.Equal(["Rückenfit im Quartier"], await TitlesAsync(kit, new() { Text = "rueckenfit" }));
        Assert.Equal(["Rückenfit im Quartier"], await TitlesAsync(kit, new() { Text = "RÜCKENFIT" }));
        Assert.Equal(["Rückenfit im Quartier"], await TitlesAsync(kit, new() { Text = "gruenau übungen" }));
        Assert.Equal(["Gesund kochen mit Kindern"], await TitlesAsync(kit, new() { Text = " rezepte   KOCHEN " }));
        Assert.Empty(await TitlesAsync(kit, new() { Text = "kochen rücken" }));
        Assert.Equal(2, (await TitlesAsync(kit, new() { Text = "sportverein" })).Count);
        Assert.Empty(await TitlesAsync(kit, new() { Text = "100% _ \\" }));

        // An edit reaches the search index (on SQLite a separate FTS5 table kept in step by triggers).
        var edited = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().UpdateAsync(cooking.Id,
            kit.NewDraft(title: "Backen mit Kindern") with { Description = "Brot und Kuchen." }, kit.ProviderActor, None));
        Assert.True(edited.Succeeded, edited.Problem?.Code);
        Assert.Empty(await TitlesAsync(kit, new() { Text = "rezepte" }));
        Assert.Equal(["Backen mit Kindern"], await TitlesAsync(kit, new() { Text = "kuchen back" }));
    }

    [Theory, BothProviders]
    public async Task Category_target_group_and_district_narrow_the_list_and_everyone_suits_every_group(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var lobeda = await kit.AddDistrictAsync("Lobeda");
        await kit.AddDistrictAsync("Winzerla");
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Kochen") with { Category = OfferingCategory.Nutrition,
            TargetGroups = TargetGroups.Children, DistrictKey = lobeda.Key });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Lauftreff") with { TargetGroups = TargetGroups.Everyone,
            DistrictKey = "winzerla" });
        await kit.CreateOfferingAsync(
            kit.NewDraft(title: "Sitzgymnastik") with { TargetGroups = TargetGroups.OlderPeople | TargetGroups.Tenants });

        Assert.Equal(["Lauftreff", "Sitzgymnastik"], Sorted(await TitlesAsync(kit, new() { Category = OfferingCategory.Exercise })));
        Assert.Equal(["Kochen", "Lauftreff"], Sorted(await TitlesAsync(kit, new() { TargetGroup = TargetGroups.Children })));
        Assert.Equal(["Lauftreff", "Sitzgymnastik"], Sorted(await TitlesAsync(kit, new() { TargetGroup = TargetGroups.OlderPeople })));
        Assert.Equal(["Kochen"], await TitlesAsync(kit, new() { DistrictId = lobeda.Id }));
        Assert.Empty(await TitlesAsync(kit, new() { DistrictId = lobeda.Id, Category = OfferingCategory.Exercise }));
    }

    [Theory, BothProviders]
    public async Task Dates_and_weekdays_count_in_Berlin_time(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Dienstag") with { Sessions = [At(3, 10, 17)] });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Freitag") with { Sessions = [At(3, 20, 17)] });
        // 00:30 in Berlin is still the day before in UTC.
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Mitternacht") with
        {
            Sessions = [new(new DateOnly(2026, 3, 15), new(0, 30), new(1, 30))],
        });

        Assert.Equal(["Mitternacht", "Freitag"], await TitlesAsync(kit, new() { From = new DateOnly(2026, 3, 15) }));
        Assert.Equal(["Dienstag"], await TitlesAsync(kit, new() { To = new DateOnly(2026, 3, 14) }));
        Assert.Equal(["Mitternacht"], await TitlesAsync(kit, new() { From = new DateOnly(2026, 3, 15), To = new DateOnly(2026, 3, 15) }));
        Assert.Empty(await TitlesAsync(kit, new() { From = new DateOnly(2026, 3, 11), To = new DateOnly(2026, 3, 14) }));
        Assert.Equal(["Freitag"], await TitlesAsync(kit, new() { Weekday = DayOfWeek.Friday }));
        Assert.Equal(["Mitternacht"], await TitlesAsync(kit, new() { Weekday = DayOfWeek.Sunday }));
    }

    [Theory, BothProviders]
    public async Task Language_accessibility_free_and_places_left_filter_as_people_expect(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.CreateOfferingAsync(kit.NewDraft(title: "A") with
        {
            Languages = ["de", "ar"], Accessibility = AccessibilityFeatures.StepFree | AccessibilityFeatures.EasyLanguage,
        });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "B") with { Languages = ["en"], Accessibility = AccessibilityFeatures.StepFree,
            PriceCents = 500 });
        var full = await kit.CreateOfferingAsync(kit.NewDraft(title: "C", capacity: 1));
        var registered = await kit.WithAsync(s => s.GetRequiredService<RegistrationService>()
            .RegisterAsync(full.Id, new Registrant(null, "Anna", "anna@example.org"), None));
        Assert.True(registered.Succeeded, registered.Problem?.Code);

        Assert.Equal(["A"], await TitlesAsync(kit, new() { Language = "ar" }));
        Assert.Equal(["A"],
            await TitlesAsync(kit, new() { Accessibility = AccessibilityFeatures.StepFree | AccessibilityFeatures.EasyLanguage }));
        Assert.Equal(["A", "B"], Sorted(await TitlesAsync(kit, new() { Accessibility = AccessibilityFeatures.StepFree })));
        Assert.Equal(["A", "C"], Sorted(await TitlesAsync(kit, new() { FreeOnly = true })));
        Assert.Equal(["A", "B"], Sorted(await TitlesAsync(kit, new() { HasPlaces = true })));
    }

    [Theory, BothProviders]
    public async Task Offerings_without_dates_come_after_the_dated_ones_and_edited_languages_are_found(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.CreateOfferingAsync(
            kit.NewDraft(title: "Beratung nach Vereinbarung", sessions: 0) with { Kind = OfferingKind.CounsellingByAppointment });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Später") with { Sessions = [At(4, 20, 10)] });
        var early = await kit.CreateOfferingAsync(kit.NewDraft(title: "Früher") with { Sessions = [At(4, 2, 10)] });
        var edited = await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().UpdateAsync(early.Id,
            kit.NewDraft(title: "Früher") with { Sessions = [At(4, 2, 10)], Languages = ["de", "uk"] }, kit.ProviderActor, None));
        Assert.True(edited.Succeeded, edited.Problem?.Code);

        Assert.Equal(["Früher", "Später", "Beratung nach Vereinbarung"], await TitlesAsync(kit, new()));
        Assert.Equal(["Früher"], await TitlesAsync(kit, new() { Language = "uk" }));
        Assert.Empty(await TitlesAsync(kit, new() { Language = "ar" }));
    }

    [Theory, BothProviders]
    public async Task Sorting_by_distance_puts_the_nearest_first_and_places_without_position_last(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Ohne Ort"));
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Lobeda") with { Latitude = 50.882, Longitude = 11.603 });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Zentrum") with { Latitude = 50.928, Longitude = 11.589 });

        Assert.Equal(["Lobeda", "Zentrum", "Ohne Ort"], await TitlesAsync(kit, Near("07747")));
        Assert.Equal(["Zentrum", "Lobeda", "Ohne Ort"], await TitlesAsync(kit, Near("07743")));
    }

    [Theory, BothProviders]
    public async Task Pages_follow_the_date_order_without_gaps_or_repeats(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        for (var day = 1; day <= 23; day++)
        {
            await kit.CreateOfferingAsync(kit.NewDraft(title: $"Kurs {day:00}") with { Sessions = [At(4, day, 10)] });
        }

        var pages = new List<CataloguePage>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await SearchAsync(kit, new() { Page = page, PageSize = 10 }));
        }

        Assert.All(pages, p => Assert.Equal((23, 3), (p.Total, p.PageCount)));
        Assert.Equal([10, 10, 3, 0], pages.Select(p => p.Items.Count));
        Assert.Equal(Enumerable.Range(1, 23).Select(d => $"Kurs {d:00}"), pages.SelectMany(p => p.Items).Select(o => o.Title));
    }

    [Theory, BothProviders]
    public async Task A_capped_count_says_more_match_and_always_reaches_past_the_current_page(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        for (var day = 1; day <= 23; day++)
        {
            await kit.CreateOfferingAsync(kit.NewDraft(title: $"Kurs {day:00}") with { Sessions = [At(4, day, 10)] });
        }

        // Counting stops at 12, but never before the page after the current one: page 1 of 10 counts up to 20.
        var first = await SearchAsync(kit, new() { PageSize = 10, CountLimit = 12 });
        Assert.Equal((20, true, 2), (first.Total, first.TotalCapped, first.PageCount));
        var second = await SearchAsync(kit, new() { Page = 2, PageSize = 10, CountLimit = 12 });
        Assert.Equal((23, false, 3), (second.Total, second.TotalCapped, second.PageCount));
        var exact = await SearchAsync(kit, new() { PageSize = 10, CountLimit = null });
        Assert.Equal((23, false), (exact.Total, exact.TotalCapped));
        Assert.Equal(Enumerable.Range(1, 20).Select(d => $"Kurs {d:00}"), first.Items.Concat(second.Items).Select(o => o.Title));
    }

    [Theory, BothProviders]
    public async Task Drafts_cancelled_and_ended_offerings_are_not_listed_and_drafts_not_found(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var draft = await kit.CreateOfferingAsync(kit.NewDraft(title: "Entwurf") with { Publish = false });
        var cancelled = await kit.CreateOfferingAsync(kit.NewDraft(title: "Abgesagt"));
        await kit.WithAsync(s => s.GetRequiredService<OfferingEditor>().CancelAsync(cancelled.Id, "Krank", kit.ProviderActor, None));
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Morgen vorbei") with { Sessions = [At(3, 3, 10)] });
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Läuft noch"));
        kit.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(["Läuft noch"], await TitlesAsync(kit, new()));
        Assert.Null(await kit.WithAsync(s => s.GetRequiredService<OfferingCatalogue>().FindPublicAsync(draft.Id, None)));
        var found = await kit.WithAsync(s => s.GetRequiredService<OfferingCatalogue>().FindPublicAsync(cancelled.Id, None));
        Assert.Equal(OfferingStatus.Cancelled, found?.Status);
    }

    [Theory, BothProviders]
    public async Task A_site_sees_only_its_own_offerings_and_no_site_means_all(DatabaseProvider provider)
    {
        await using var kit = await OfferingTestKit.CreateAsync(provider);
        var (leipzig, club) = await kit.AddSiteAsync("Leipzig");
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Hier"));
        await kit.CreateOfferingAsync(kit.NewDraft(title: "Dort") with { OrganisationId = club.Id }, leipzig);

        Assert.Equal(["Hier"], await TitlesAsync(kit, new()));
        Assert.Equal(["Dort"], await TitlesAsync(kit, new() { SiteId = leipzig.Id }));
        Assert.Equal(["Dort", "Hier"], Sorted((await SearchAsync(kit, new(), anySite: true)).Items.Select(o => o.Title).ToList()));
    }

    [Fact]
    public void The_sample_postcodes_cover_the_five_cities()
    {
        foreach (var (code, city) in new[] { ("07747", "Jena"), ("99423", "Weimar"), ("09111", "Chemnitz"), ("09224", "Chemnitz"),
            ("07545", "Gera"), ("04317", "Leipzig") })
        {
            Assert.Equal(city, PostcodeCentroids.Find(code)?.City);
        }
        Assert.Null(PostcodeCentroids.Find("10115"));
        Assert.Null(PostcodeCentroids.Find(null));
    }

    private static CatalogueQuery Near(string postcode) =>
        PostcodeCentroids.Find(postcode) is { } c
            ? new() { Sort = CatalogueSort.Distance, Near = (c.Latitude, c.Longitude) }
            : throw new ArgumentException(postcode);

    private static SessionInput At(int month, int day, int hour) =>
        new(new DateOnly(2026, month, day), new TimeOnly(hour, 0), new TimeOnly(hour + 1, 0));

    private static List<string> Sorted(List<string> titles) => titles.Order(StringComparer.Ordinal).ToList();

    /// <summary>Searches the kit's own site, unless told to search everywhere.</summary>
    private static Task<CataloguePage> SearchAsync(OfferingTestKit kit, CatalogueQuery query, bool anySite = false) =>
        kit.WithAsync(s => s.GetRequiredService<OfferingCatalogue>()
            .SearchAsync(anySite ? query : query with { SiteId = query.SiteId ?? kit.Site.Id }, None));

    private static async Task<List<string>> TitlesAsync(OfferingTestKit kit, CatalogueQuery query) =>
        (await SearchAsync(kit, query)).Items.Select(o => o.Title).ToList();
}
