using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Offerings.BackOffice;
using Lebenswelten.Web.Features.Offerings.Catalogue;

namespace Lebenswelten.Web.Tests.Offerings.BackOffice;

public sealed class OfferingsEditingApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_provider_creates_a_weekly_course_and_changes_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        using var client = await host.ApiClientAsync("provider@jena.demo");
        var body = NewBody(me.OrganisationId);

        var created = await client.PostAsJsonAsync("/api/offerings", body, Json.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var offering = (await created.Content.ReadFromJsonAsync<OfferingDetailsDto>(Json.Options))!;
        Assert.Equal($"/api/offerings/{offering.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal((OfferingStatus.Published, "jena", 9), (offering.Status, offering.Site, offering.Sessions.Count));
        Assert.Equal(new TimeOnly(17, 0), TimeOnly.FromDateTime(offering.Sessions[1].StartsAtLocal.DateTime));
        Assert.Equal(["OlderPeople", "Tenants"], offering.TargetGroups.Select(g => g.ToString()));

        body["title"] = "Rückenschule, jetzt mit mehr Plätzen";
        body["capacity"] = 20;
        var updated = await client.PutAsJsonAsync($"/api/offerings/{offering.Id}", body, Json.Options);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var changed = (await updated.Content.ReadFromJsonAsync<OfferingDetailsDto>(Json.Options))!;
        Assert.Equal(("Rückenschule, jetzt mit mehr Plätzen", 20, 9), (changed.Title, changed.Capacity, changed.Sessions.Count));
    }

    [Theory, BothProviders]
    public async Task Cancelling_through_the_API_mails_everyone_registered(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var guest = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(host, offering.Id, guest);
        using var client = await host.ApiClientAsync("provider@jena.demo");

        var cancelled = await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/cancel", new { reason = "Die Halle ist gesperrt." });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(OfferingStatus.Cancelled, (await cancelled.Content.ReadFromJsonAsync<OfferingDetailsDto>(Json.Options))!.Status);
        var mail = Assert.Single(await host.Mail.WaitForAsync(m => m.To.ToString().Contains(guest, StringComparison.Ordinal)
            && (m.Subject ?? "").StartsWith("Fällt aus", StringComparison.Ordinal)));
        Assert.Contains("Die Halle ist gesperrt.", mail.TextBody);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/cancel", new { }),
            HttpStatusCode.Conflict);
    }

    [Theory, BothProviders]
    public async Task The_participant_list_is_for_the_offerings_managers_and_every_read_is_audited(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var me = await DemoProvider.OfAsync(host);
        var offering = await me.CreateOfferingAsync(host, d => d with { Capacity = 1 });
        var first = TestOfferings.GuestEmail();
        await TestOfferings.RegisterGuestAsync(host, offering.Id, first, "Anna Beispiel");
        await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail(), "Ben Beispiel");
        using var client = await host.ApiClientAsync("provider@jena.demo");

        var participants = await client.GetFromJsonAsync<List<ParticipantDto>>($"/api/offerings/{offering.Id}/participants", Json.Options);

        Assert.NotNull(participants);
        Assert.Equal(["Anna Beispiel", "Ben Beispiel"], participants.Select(p => p.Name));
        Assert.Equal((RegistrationStatus.Confirmed, first, false),
            (participants[0].Status, participants[0].Email, participants[0].EmailConfirmed));
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (participants[1].Status, participants[1].Position));
        // One line per person shown; guests have no account, so their registration is the subject (issue 15).
        var audit = await DemoProvider.AuditAsync(host, "Offering.Participants", offering.Id.ToString());
        Assert.Equal(participants.Select(p => $"registration:{p.Id}").Order(), audit.Select(a => a.SubjectUserId).Order());
        Assert.All(audit, a => Assert.Equal((me.UserId, me.SiteId), (a.ActorUserId, a.SiteId)));

        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/offerings/{offering.Id}/participants")).StatusCode);
        Assert.Equal(4, (await DemoProvider.AuditAsync(host, "Offering.Participants", offering.Id.ToString())).Count);
    }

    [Theory, BothProviders]
    public async Task Other_peoples_offerings_do_not_exist_for_them(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await (await DemoProvider.OfAsync(host)).CreateOfferingAsync(host);
        var weimar = await DemoProvider.OfAsync(host, "provider@weimar.demo");
        var body = NewBody(weimar.OrganisationId);

        foreach (var email in new[] { "provider@weimar.demo", "coordinator@weimar.demo", "resident@jena.demo", "practice@jena.demo" })
        {
            using var client = await host.ApiClientAsync(email);
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/offerings/{offering.Id}", body, Json.Options),
                HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/offerings/{offering.Id}/cancel", new { }),
                HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/offerings/{offering.Id}/participants"),
                HttpStatusCode.NotFound);
        }
        using var anonymous = host.Client();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/api/offerings/{offering.Id}/participants"),
            HttpStatusCode.Unauthorized);
        Assert.Empty(await DemoProvider.AuditAsync(host, "Offering.Participants", offering.Id.ToString()));
    }

    [Theory, BothProviders]
    public async Task A_resident_may_not_create_offerings_and_nobody_for_someone_elses_organisation(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var jena = await DemoProvider.OfAsync(host);
        var weimar = await DemoProvider.OfAsync(host, "provider@weimar.demo");
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var weimarProvider = await host.ApiClientAsync("provider@weimar.demo");

        await ProblemAssert.IsProblemAsync(await resident.PostAsJsonAsync("/api/offerings", NewBody(jena.OrganisationId), Json.Options),
            HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await weimarProvider.PostAsJsonAsync("/api/offerings", NewBody(jena.OrganisationId),
            Json.Options), HttpStatusCode.Forbidden);
        var jenaOrganisationAtWeimar = await weimarProvider.PostAsJsonAsync("/api/offerings", Site(NewBody(jena.OrganisationId), "weimar"),
            Json.Options);
        var own = await weimarProvider.PostAsJsonAsync("/api/offerings", Site(NewBody(weimar.OrganisationId), "weimar"), Json.Options);

        await ProblemAssert.IsProblemAsync(jenaOrganisationAtWeimar, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }

    [Fact]
    public async Task The_editing_endpoints_are_described_in_the_OpenAPI_document()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/offerings").TryGetProperty("post", out var create));
        Assert.True(create.GetProperty("responses").TryGetProperty("422", out _));
        Assert.True(paths.GetProperty("/api/offerings/{id}").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/offerings/{id}/cancel").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/offerings/{id}/participants").TryGetProperty("get", out _));
        Assert.True(document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("OfferingDraftDto", out _));
    }

    internal static Dictionary<string, object?> NewBody(Guid organisationId)
    {
        var from = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(7);
        return new()
        {
            ["site"] = "jena",
            ["organisationId"] = organisationId,
            ["title"] = $"Rückenschule {Guid.NewGuid():N}"[..20],
            ["description"] = "Sanft, aber **wirksam**.",
            ["category"] = "Exercise",
            ["kind"] = "Course",
            ["targetGroups"] = new[] { "Tenants", "OlderPeople" },
            ["languages"] = new[] { "de", "ar" },
            ["venue"] = new { name = "Stadtteilbüro Lobeda", street = "Karl-Marx-Allee 20", postalCode = "07747", city = "Jena" },
            ["sessions"] = new[] { new { date = from.AddDays(-1), start = "10:00", end = "11:00" } },
            ["repeat"] = new { from, until = from.AddDays(27),
                days = new[] { from.DayOfWeek.ToString(), from.AddDays(2).DayOfWeek.ToString() }, start = "17:00", end = "18:30" },
            ["capacity"] = 12,
            ["priceCents"] = 1250,
            ["reducedPriceCents"] = 500,
            ["publish"] = true,
        };
    }

    private static Dictionary<string, object?> Site(Dictionary<string, object?> body, string site) => new(body) { ["site"] = site };
}
