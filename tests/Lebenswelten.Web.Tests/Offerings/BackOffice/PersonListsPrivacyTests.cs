using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

/// <summary>
/// The person lists of issue 25 (participation overview, certificates, CSV, messages, the practice's week and rebooking)
/// are for the offering's managers and the practice only: the jobcenter and the insurer never see who takes part in what
/// (GDPR Art. 9; SECURITY.md). A session not begun refuses attendance with 422 on the API.
/// </summary>
public sealed class PersonListsPrivacyTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_jobcenter_and_the_insurer_see_none_of_the_person_lists(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        var name = $"Privat Person {Guid.NewGuid():N}"[..22];
        await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail(), name);
        var room = await TestTelemedicine.CreateAsync(host);
        await TestTelemedicine.BookAsync(host, room.Slot(TestTelemedicine.Tomorrow, 10, 0), name: name);
        string[] pages =
        [
            $"/verwaltung/jena/angebote/{offering.Id}/teilnahme", $"/verwaltung/jena/angebote/{offering.Id}/bescheinigungen",
            $"/verwaltung/jena/angebote/{offering.Id}/nachricht", $"/verwaltung/jena/angebote/{offering.Id}/teilnehmende?handler=Csv",
            $"/verwaltung/jena/telemedizin/praxis/woche?woche={TestTelemedicine.Tomorrow:yyyy-MM-dd}",
            "/verwaltung/jena/telemedizin/praxis/umbuchen",
        ];

        foreach (var email in new[] { "jobcenter@jena.demo", "insurer@jena.demo" })
        {
            using var client = await host.PageClientAsync(email);
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page);
                // Refused (403/404, or the redirect to the access-denied page that cookie sign-in answers with), or the
                // telemedicine desk's "you act for no practice" (200, and nobody's name on it).
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (response.StatusCode == HttpStatusCode.OK && page.Contains("telemedizin", StringComparison.Ordinal))
                    || (response.StatusCode == HttpStatusCode.Found
                        && response.Headers.Location?.ToString().Contains("zugriff", StringComparison.OrdinalIgnoreCase) == true),
                    $"{email} {page}: {response.StatusCode} {response.Headers.Location}");
                Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            using var api = await host.ApiClientAsync(email);
            await ProblemAssert.IsProblemAsync(await api.GetAsync($"/api/offerings/{offering.Id}/attendance"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await api.PostAsJsonAsync($"/api/offerings/{offering.Id}/messages",
                new { audience = "everyone", subject = "Hallo", text = "Wer ist da?" }), HttpStatusCode.NotFound);
        }
    }

    [Theory, BothProviders]
    public async Task The_attendance_api_refuses_a_session_not_begun_with_422_and_records_a_begun_one(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail(), "Anna Anwesend");
        var sessions = await TestOfferings.StartSessionsAsync(host, offering.Id, count: 1);
        using var api = await host.ApiClientAsync("provider@jena.demo");

        var early = await api.PutAsJsonAsync($"/api/offerings/{offering.Id}/sessions/{sessions[1].Id}/attendance",
            new { present = new[] { guest.Registration.Id } });
        var begun = await api.PutAsJsonAsync($"/api/offerings/{offering.Id}/sessions/{sessions[0].Id}/attendance",
            new { present = new[] { guest.Registration.Id } });

        await ProblemAssert.IsProblemAsync(early, (HttpStatusCode)422);
        Assert.Contains("Session.NotStarted", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, begun.StatusCode);
        Assert.Contains("\"attended\":1", await begun.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
