using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Offerings.Catalogue;

/// <summary>The catalogue pages as plain HTML, on both databases; the browser flow is in Browser/CataloguePageTests.</summary>
public sealed partial class CataloguePagesTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_catalogue_lists_the_search_as_cards_and_the_site_defaults_to_the_switcher(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        await CatalogueOfferings.CreateAsync(host, $"Kochen {word}", d => d with { Capacity = 1 });
        await CatalogueOfferings.CreateAsync(host, $"Laufen {word}", d => d with { PriceCents = 1250 });
        using var client = host.Client();

        var html = await client.GetStringAsync($"/angebote?standort=jena&q={word}");
        Assert.Contains("<h1>Angebote in Jena</h1>", html, StringComparison.Ordinal);
        Assert.Contains("2 Angebote gefunden", html, StringComparison.Ordinal);
        Assert.Contains($"Kochen {word}", html, StringComparison.Ordinal);
        Assert.Contains("Kosten: 12,50 €", html, StringComparison.Ordinal);
        Assert.Contains("Nächster Termin: ", html, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/angebote?q={word}");
        request.Headers.Add("Cookie", "lw.site=weimar");
        var weimar = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Angebote in Weimar</h1>", weimar, StringComparison.Ordinal);
        Assert.Contains("Keine Angebote gefunden", weimar, StringComparison.Ordinal);
        Assert.Contains($"standort=&amp;q={word}", weimar, StringComparison.Ordinal);
        var everywhere = await client.GetStringAsync($"/angebote?standort=&q={word}");
        Assert.Contains("<h1>Angebote an allen Standorten</h1>", everywhere, StringComparison.Ordinal);
        Assert.Contains("2 Angebote gefunden", everywhere, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Filter_values_that_make_no_sense_are_named_and_the_search_runs_without_them(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        await CatalogueOfferings.CreateAsync(host, $"Kurs {word}");
        using var client = host.Client();

        var response = await client.GetAsync(
            $"/angebote?standort=jena&q={word}&kategorie=Bogus&von=31.02.2026&seite=-1&sortierung=distance&plz=10115");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Kategorie: Diesen Wert kennen wir nicht.", html, StringComparison.Ordinal);
        Assert.Contains("Von: Bitte ein gültiges Datum angeben", html, StringComparison.Ordinal);
        Assert.Contains("Ihre Postleitzahl: Postleitzahl nicht gefunden.", html, StringComparison.Ordinal);
        Assert.Contains("1 Angebot gefunden", html, StringComparison.Ordinal);
        var german = await client.GetStringAsync($"/angebote?standort=jena&q={word}&von=1.1.2026");
        Assert.DoesNotContain("role=\"alert\"", german, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-01-01\"", german, StringComparison.Ordinal);
        var huge = await client.GetAsync($"/angebote?q={new string('z', 5000)}&standort=atlantis");
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("Suchbegriff: Das ist zu lang.", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task The_details_page_shows_sessions_map_link_and_calendar_and_drafts_do_not_exist(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(host, $"Kurs {word}", d =>
            d with { Latitude = 50.882, Longitude = 11.603, Languages = ["de", "uk"] });
        var cancelled = await CatalogueOfferings.CreateAsync(host, $"Abgesagt {word}");
        await CatalogueOfferings.CancelAsync(host, cancelled.Id);
        var draft = await CatalogueOfferings.CreateAsync(host, $"Entwurf {word}", d => d with { Publish = false });
        using var client = host.Client();

        var html = await client.GetStringAsync($"/angebote/{offering.Id}");
        Assert.Contains("https://www.openstreetmap.org/?mlat=50.882&amp;mlon=11.603#map=17/50.882/11.603", html, StringComparison.Ordinal);
        Assert.Contains("Deutsch, Ukrainisch", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/angebote/{offering.Id}/kalender.ics\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/angebote/{offering.Id}/anmelden\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>alle</strong>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<th scope=\"row\">").Length - 1);

        var gone = await client.GetStringAsync($"/angebote/{cancelled.Id}");
        Assert.Contains("Dieses Angebot wurde abgesagt.", gone, StringComparison.Ordinal);
        Assert.DoesNotContain($"/angebote/{cancelled.Id}/anmelden", gone, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/angebote/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/angebote/{Guid.NewGuid()}")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Every_label_on_the_pages_has_a_German_and_an_English_text(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var word = CatalogueOfferings.Word();
        var offering = await CatalogueOfferings.CreateAsync(host, $"Alles {word}", d => d with
        {
            Languages = OfferingRules.KnownLanguages.ToList(), Accessibility = Enum.GetValues<AccessibilityFeatures>().Combine(),
            TargetGroups = Enum.GetValues<TargetGroups>().Combine(), Certification = Certification.ZppCertified, IsReimbursable = true,
            PriceCents = 4000, ReducedPriceCents = 1000, MinAge = 6, MaxAge = 12,
            RegistrationOpensAt = DateTimeOffset.UtcNow.AddDays(-1), RegistrationClosesAt = DateTimeOffset.UtcNow.AddDays(10),
        });

        foreach (var culture in new[] { "de", "en" })
        {
            using var client = host.Client();
            foreach (var path in new[] { $"/angebote?standort=jena&q={word}&culture={culture}",
                $"/angebote/{offering.Id}?culture={culture}",
                "/angebote?kategorie=x&von=x&bis=x&wochentag=x&sprache=x&barrierefrei=x&kostenlos=x&freie-plaetze=x"
                    + "&sortierung=x&plz=x&seite=x&stadtteil=x" })
            {
                var html = await client.GetStringAsync(path);
                Assert.DoesNotMatch(UnresolvedKey(), html);
            }
        }
    }

    [GeneratedRegex(@"(Catalogue|Offering|Category|Kind|TargetGroup|Accessibility|Weekday|LanguageName|Certification|FieldError)"
        + @"\.[A-Za-z-]+")]
    private static partial Regex UnresolvedKey();
}
