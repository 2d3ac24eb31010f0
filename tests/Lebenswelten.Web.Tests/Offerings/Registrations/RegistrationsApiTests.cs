using Lebenswelten.Web.Features.Shared;
using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Offerings.Registrations;

namespace Lebenswelten.Web.Tests.Offerings.Registrations;

public sealed class RegistrationsApiTests(AppHosts hosts)
{
    [Theory]
    [BothProviders]
    public async Task A_resident_registers_with_the_account_and_a_guest_with_name_and_email(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var guest = host.Client();
        var email = TestOfferings.GuestEmail();

        var asResident = await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null);
        var asGuest = await guest.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations",
            new { name = "Aylin Demir", email, postalCode = "07747", birthYear = 1985, sex = "female", language = "de" });

        Assert.Equal(HttpStatusCode.Created, asResident.StatusCode);
        var mine = (await asResident.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!;
        Assert.Equal(new RegistrationCreatedDto(mine.Id, "confirmed", null, null), mine);
        Assert.Equal($"/api/registrations/{mine.Id}", asResident.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Created, asGuest.StatusCode);
        var theirs = (await asGuest.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!;
        Assert.Equal("confirmed", theirs.Status);
        Assert.StartsWith($"{host.BaseAddress}anmeldungen/{theirs.Id}?token=", theirs.ManageUrl);

        var stored = (await TestOfferings.FindAsync(host, mine.Id))!;
        Assert.Equal(("Demo resident Jena", "resident@jena.demo"), (stored.Name, stored.Email));
        Assert.NotNull(stored.UserId);
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal))).Single();
        Assert.Contains($"/anmeldungen/{theirs.Id}/bestaetigen?token=", mail.TextBody, StringComparison.Ordinal);

        var token = theirs.ManageUrl![(theirs.ManageUrl!.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, $"/api/registrations/{theirs.Id}");
        withHeader.Headers.Add(PersonalLinkCaller.TokenHeader, Uri.UnescapeDataString(token));
        var status = await (await guest.SendAsync(withHeader)).Content.ReadFromJsonAsync<RegistrationDto>(Json.Options);
        Assert.Equal(("confirmed", offering.Title), (status!.Status, status.OfferingTitle));
        Assert.NotNull(status.EmailConfirmationDueAt);
        var list = await resident.GetFromJsonAsync<List<RegistrationDto>>("/api/me/registrations", Json.Options);
        Assert.Contains(list!, r => r.Id == mine.Id && r.Status == "confirmed");
        Assert.DoesNotContain(list!, r => r.Id == theirs.Id);
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal)
            || line.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [BothProviders]
    public async Task A_guest_entry_typed_with_a_residents_address_neither_confirms_it_nor_keeps_the_resident_out(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, capacity: 1);
        using var stranger = host.Client();
        using var resident = await host.ApiClientAsync("resident@jena.demo");

        var squat = await stranger.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations",
            new { name = "Nicht Ich", email = "resident@jena.demo" });
        var created = (await squat.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!;
        var manageUrl = created.ManageUrl!;
        var token = manageUrl[(manageUrl.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var page = await stranger.GetAsync($"/anmeldungen/{created.Id}/bestaetigen?token={token}");
        var own = await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal("confirmed", (await own.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!.Status);
        Assert.Equal(Core.Offerings.RegistrationStatus.Expired, (await TestOfferings.FindAsync(host, created.Id))!.Status);
    }

    [Theory]
    [BothProviders]
    public async Task The_second_person_waits_and_moves_up_with_a_mail_and_calendar_when_the_first_cancels(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, capacity: 1);
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        using var anonymous = host.Client();
        var first = await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null);
        var firstId = (await first.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!.Id;
        var waiting = new List<(RegistrationCreatedDto Created, string Email)>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var email = TestOfferings.GuestEmail();
            var response = await anonymous.PostAsJsonAsync($"/api/offerings/{offering.Id}/registrations", new { name = "Gast", email });
            waiting.Add(((await response.Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options))!, email));
        }

        Assert.Equal([("waitlisted", 1), ("waitlisted", 2)], waiting.Select(w => (w.Created.Status, w.Created.WaitingListPosition ?? 0)));
        Assert.Equal(HttpStatusCode.NoContent, (await resident.DeleteAsync($"/api/registrations/{firstId}")).StatusCode);

        var movedUp = await anonymous.GetFromJsonAsync<RegistrationDto>(waiting[0].Created.ManageUrl!.Replace("/anmeldungen/",
            "/api/registrations/", StringComparison.Ordinal), Json.Options);
        var stillWaiting = await anonymous.GetFromJsonAsync<RegistrationDto>(waiting[1].Created.ManageUrl!.Replace("/anmeldungen/",
            "/api/registrations/", StringComparison.Ordinal), Json.Options);
        Assert.Equal(("confirmed", null), (movedUp!.Status, movedUp.WaitingListPosition));
        Assert.Equal(("waitlisted", 1), (stillWaiting!.Status, stillWaiting.WaitingListPosition));
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(waiting[0].Email, StringComparison.Ordinal)
            && (m.Subject ?? "").Contains("nachgerückt", StringComparison.Ordinal))).Single();
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var cancelled = await resident.GetFromJsonAsync<RegistrationDto>($"/api/registrations/{firstId}", Json.Options);
        Assert.Equal("cancelled", cancelled!.Status);
    }

    [Theory]
    [BothProviders]
    public async Task A_place_offered_from_the_waiting_list_is_accepted_through_the_API(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host, capacity: 1,
            waitingListMode: Core.Offerings.WaitingListMode.OfferWithDeadline);
        var holder = await TestOfferings.RegisterGuestAsync(host, offering.Id, TestOfferings.GuestEmail());
        using var resident = await host.ApiClientAsync("resident@jena.demo");
        var created = await (await resident.PostAsync($"/api/offerings/{offering.Id}/registrations", null))
            .Content.ReadFromJsonAsync<RegistrationCreatedDto>(Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, (await resident.PostAsync($"/api/registrations/{created!.Id}/accept", null)).StatusCode);

        using var anonymous = host.Client();
        var cancel = await anonymous.DeleteAsync(
            $"/api/registrations/{holder.Registration.Id}?token={Uri.EscapeDataString(holder.GuestToken!)}");
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        var offered = await resident.GetFromJsonAsync<RegistrationDto>($"/api/registrations/{created.Id}", Json.Options);
        Assert.Equal("offered", offered!.Status);
        Assert.NotNull(offered.OfferExpiresAt);

        var accepted = await resident.PostAsync($"/api/registrations/{created.Id}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("confirmed", (await accepted.Content.ReadFromJsonAsync<RegistrationDto>(Json.Options))!.Status);
    }

    [Fact]
    public async Task The_registration_endpoints_are_described_in_OpenAPI()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var register = paths.GetProperty("/api/offerings/{id}/registrations").GetProperty("post");
        Assert.Equal("RegisterForOffering", register.GetProperty("operationId").GetString());
        Assert.True(register.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(register.GetProperty("responses").TryGetProperty("201", out _));
        foreach (var (path, method) in new[] { ("/api/registrations/{id}", "get"), ("/api/registrations/{id}", "delete"),
            ("/api/registrations/{id}/accept", "post"), ("/api/me/registrations", "get") })
        {
            Assert.True(paths.GetProperty(path).TryGetProperty(method, out _), $"{method} {path}");
        }
    }
}
