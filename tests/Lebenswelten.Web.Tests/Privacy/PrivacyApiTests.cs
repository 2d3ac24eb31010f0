using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Privacy;

public sealed class PrivacyApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_export_right_after_the_login_holds_my_registration_and_is_audited(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var resident = await TestAccounts.CreateAsync(host);
        await TestOfferings.RegisterAsync(host, resident, offering.Id, postcode: "07743");
        using var client = await host.ApiClientAsync(resident.Email);

        var response = await client.PostAsync("/api/me/export", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(resident.Email, export.RootElement.GetProperty("account").GetProperty("email").GetString());
        var offerings = export.RootElement.GetProperty("sections").EnumerateArray()
            .Single(s => s.GetProperty("capability").GetString() == "Offerings");
        var registration = offerings.GetProperty("registrations").EnumerateArray().Single();
        Assert.Equal((offering.Title, "07743", 2), (registration.GetProperty("offeringTitle").GetString(),
            registration.GetProperty("postalCode").GetString(), registration.GetProperty("sessions").GetArrayLength()));
        Assert.Equal(ConsentPurposes.RegistrationStatistics, export.RootElement.GetProperty("consents")[0].GetProperty("purpose")
            .GetString());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.SubjectUserId == resident.Id));
    }

    [Theory, BothProviders]
    public async Task Consents_are_listed_and_withdrawn_and_someone_elses_answers_404(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var resident = await TestAccounts.CreateAsync(host);
        var registration = await TestOfferings.RegisterAsync(host, resident, offering.Id, postcode: "07743");
        using var client = await host.ApiClientAsync(resident.Email);
        using var other = await host.ApiClientAsync((await TestAccounts.CreateAsync(host)).Email);

        var consents = await client.GetFromJsonAsync<JsonElement>("/api/me/consents");
        var id = consents[0].GetProperty("id").GetGuid();
        Assert.Equal(ConsentPurposes.TextVersion, consents[0].GetProperty("textVersion").GetString());
        await ProblemAssert.IsProblemAsync(await other.PostAsync($"/api/me/consents/{id}/withdraw", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/me/consents/{id}/withdraw", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.PostAsync($"/api/me/consents/{id}/withdraw", null), HttpStatusCode.Conflict);

        Assert.Null((await TestOfferings.FindAsync(host, registration.Id))!.PostalCode);
    }

    [Theory, BothProviders]
    public async Task Erasure_removes_me_from_the_participant_list_while_the_counts_stay(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, capacity: 1);
        var resident = await TestAccounts.CreateAsync(host, name: $"Erika Erase {Guid.NewGuid():N}");
        await TestOfferings.RegisterAsync(host, resident, offering.Id);
        var guest = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var client = await host.ApiClientAsync(resident.Email);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/me/erasure", new { confirm = false }),
            HttpStatusCode.UnprocessableEntity);
        var erased = await client.PostAsJsonAsync("/api/me/erasure", new { confirm = true });

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        var participants = await coordinator.GetStringAsync($"/api/offerings/{offering.Id}/participants");
        Assert.DoesNotContain(resident.DisplayName!, participants, StringComparison.Ordinal);
        Assert.DoesNotContain(resident.Email!, participants, StringComparison.Ordinal);
        Assert.Contains(guest.Registration.Id.ToString(), participants, StringComparison.Ordinal);
        var stored = await host.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<LebensweltenDbContext>()
            .Offerings.SingleAsync(o => o.Id == offering.Id);
        Assert.Equal((1, 0), (stored.TakenPlaces, stored.WaitingCount));
        var login = await host.Client().PostAsJsonAsync("/api/account/login",
            new { email = resident.Email, password = AppHost.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
