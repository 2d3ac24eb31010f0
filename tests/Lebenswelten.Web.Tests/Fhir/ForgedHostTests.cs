using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;

using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// Links come from the configured public address, never from the request (issue 15, finding 8): a client that sends a
/// forged Host header gets no link to its own host in FHIR answers or in the mails it sets off. The shared hosts accept
/// any Host (Testing); in Production the host filter refuses a foreign one before (ProductionStartTests).
/// </summary>
public sealed class ForgedHostTests(AppHosts hosts)
{
    private const string Forged = "evil.example";

    [Theory, BothProviders]
    public async Task FHIR_answers_build_their_links_from_the_public_address_whatever_the_Host_header_says(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var practice = await host.ApiClientAsync(FhirTestKit.Practice);
        var client = await FhirTestKit.ClientAsync(host);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        var publicFhir = new Uri(host.BaseAddress, "fhir").ToString();

        var metadata = await Forge(practice, HttpMethod.Get, "/fhir/metadata");
        var search = await Forge(practice, HttpMethod.Get, $"/fhir/Slot?schedule=Schedule/{scheduleId}");
        var booked = await Forge(practice, HttpMethod.Post, "/fhir/Appointment/$book",
            JsonSerializer.Serialize(FhirTestKit.Book(FhirTestKit.Proposed(slot.Id, FhirTestKit.Email("forged-host"))), FhirTestKit.Json));

        foreach (var answer in new[] { metadata, search, booked })
        {
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.IsSuccessStatusCode, body);
            Assert.DoesNotContain(Forged, body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains(publicFhir, await metadata.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var bundle = JsonDocument.Parse(await search.Content.ReadAsStringAsync());
        var entries = bundle.RootElement.GetProperty("entry").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith(publicFhir + "/Slot/", e.GetProperty("fullUrl").GetString(), StringComparison.Ordinal));
        Assert.All(bundle.RootElement.GetProperty("link").EnumerateArray(),
            l => Assert.StartsWith(publicFhir + "/Slot", l.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.StartsWith(publicFhir + "/Appointment/", booked.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_registration_with_a_forged_Host_header_mails_links_to_the_public_address(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var offering = await TestOfferings.CreateAsync(host);
        var email = TestOfferings.GuestEmail();
        using var client = host.Client();

        var registered = await Forge(client, HttpMethod.Post, $"/api/offerings/{offering.Id}/registrations",
            JsonSerializer.Serialize(new { name = "Hanna Hostheader", email }), "application/json");

        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var mails = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
        var body = mails[^1].TextBody ?? "";
        Assert.DoesNotContain(Forged, body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(host.BaseAddress.ToString().TrimEnd('/') + "/anmeldungen/", body, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Forge(HttpClient client, HttpMethod method, string path, string? body = null,
        string contentType = "application/fhir+json")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = Forged;
        request.Headers.Accept.ParseAdd(contentType);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        }
        return client.SendAsync(request);
    }
}
