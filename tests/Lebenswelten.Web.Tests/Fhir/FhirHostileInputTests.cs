using System.Net;
using Hl7.Fhir.Model;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;
using Patient = Hl7.Fhir.Model.Patient;

using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// Every /fhir write endpoint, fed malformed and hostile input by the practice that may call it: a 4xx OperationOutcome
/// (never 5xx, never problem+json), and nothing booked or cancelled. And every /fhir address, called by anyone,
/// answers application/fhir+json that Firely's parser reads.
/// </summary>
public sealed class FhirHostileInputTests(AppHosts hosts)
{
    private static readonly string Huge = new('x', 100_000);

    [Theory, BothProviders]
    public async Task Hostile_bodies_get_an_OperationOutcome_and_change_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var fhir = await FhirTestKit.ClientAsync(host);
        using var client = await host.ApiClientAsync(FhirTestKit.Practice);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var target = await FhirTestKit.FreeSlotAsync(fhir, scheduleId);
        var other = await FhirTestKit.FreeSlotAsync(fhir, scheduleId);
        var booked = await FhirTestKit.BookAsync(fhir, other.Id, "hostile");
        var endpoints = EndpointCatalogue.Of(host.Services)
            .Where(e => e.Pattern.StartsWith("/fhir", StringComparison.Ordinal) && e.Method is "POST" or "PUT" or "PATCH").ToList();
        Assert.Equal(3, endpoints.Count);

        foreach (var endpoint in endpoints)
        {
            foreach (var (name, body, contentType) in Bodies(target.Id, booked.Id))
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method),
                    endpoint.Url("jena", new Dictionary<string, string> { ["id"] = booked.Id! }))
                {
                    Content = FhirTestKit.Content(body, contentType),
                };
                request.Headers.ExpectContinue = true;
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{endpoint} with {name}: {status} {await response.Content.ReadAsStringAsync()}");
                await FhirTestKit.OutcomeAsync(response, response.StatusCode);
            }
        }

        Assert.Equal(0, await FhirTestKit.BookedAsync(host, target.Id));
        Assert.Equal(1, await FhirTestKit.BookedAsync(host, other.Id));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        Assert.Equal(0, await db.TelemedicineAppointments.CountAsync(a => a.Name.Contains("<script>") || a.Name.StartsWith("xxxxxxxx")
            || a.Reason!.StartsWith("xxxxxxxx") || a.CancellationReason!.StartsWith("xxxxxxxx")));
    }

    [Theory, BothProviders]
    public async Task Every_FHIR_address_answers_FHIR_JSON_to_everyone(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var endpoints = EndpointCatalogue.Of(host.Services).Where(e => e.Pattern.StartsWith("/fhir", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, endpoints.Count);
        foreach (var email in new[] { null, "resident@jena.demo", "practice@weimar.demo", FhirTestKit.Practice })
        {
            using var client = await host.ApiClientAsync(email);
            foreach (var endpoint in endpoints)
            {
                foreach (var body in endpoint.Method == "GET" ? [null]
                    : new string?[] { "{}", "{\"resourceType\":\"Appointment\"}", "not json" })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena"))
                    {
                        Content = body is null ? null : FhirTestKit.Content(body),
                    };
                    var response = await client.SendAsync(request);
                    Assert.True((int)response.StatusCode < 500, $"{email} {endpoint}: {response.StatusCode}");
                    Assert.NotNull(await FhirTestKit.ResourceAsync(response));
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Body, string ContentType)> Bodies(string? slotId, string? appointmentId)
    {
        string Proposed(Action<Appointment> change)
        {
            var proposed = FhirTestKit.Proposed(slotId, FhirTestKit.Email("hostile"));
            change(proposed);
            return FhirTestKit.Serialize(proposed);
        }
        Patient PatientOf(Appointment a) => (Patient)a.Contained[0];
        yield return ("truncated JSON", "{\"resourceType\": \"Appointment\", \"status\": ", "application/fhir+json");
        yield return ("array", "[1,2,3]", "application/fhir+json");
        yield return ("string", "\"hello\"", "application/json");
        yield return ("no resourceType", "{\"status\": \"proposed\"}", "application/fhir+json");
        yield return ("wrong types", "{\"resourceType\": \"Appointment\", \"status\": 5, \"slot\": \"x\", \"participant\": {}}",
            "application/fhir+json");
        yield return ("unknown status code",
            Proposed(a => a.Status = null)
                .Replace("\"resourceType\":\"Appointment\"", "\"resourceType\":\"Appointment\",\"status\":\"bogus\""),
                "application/fhir+json");
        yield return ("unknown kind", Proposed(a => a.ServiceType = [new CodeableConcept(FhirTestKit.KindSystem, "bogus")]),
            "application/fhir+json");
        yield return ("huge strings", Proposed(a => (PatientOf(a).Name[0].Text, a.Comment) = (Huge, Huge)), "application/fhir+json");
        yield return ("huge comment", Proposed(a => a.Comment = Huge), "application/fhir+json");
        yield return ("script and SQL", Proposed(a =>
        {
            PatientOf(a).Name[0].Text = "<script>alert(1)</script>";
            PatientOf(a).Telecom[0].Value = "a@b.de' OR 1=1 --";
        }), "application/fhir+json");
        yield return ("no contact", Proposed(a => PatientOf(a).Telecom.Clear()), "application/fhir+json");
        yield return ("patient elsewhere", Proposed(a => a.Participant[0].Actor!.Reference = "Patient/123"), "application/fhir+json");
        yield return ("foreign room",
            Proposed(a => a.Participant.Add(new Appointment.ParticipantComponent { Actor = new ResourceReference("Location/<script>") })),
                "application/fhir+json");
        yield return ("foreign organisation",
            Proposed(a => a.Participant.Add(new Appointment.ParticipantComponent
            {
                Actor = new ResourceReference($"Organization/{Guid.NewGuid()}"),
            })), "application/fhir+json");
        yield return ("Parameters without appointment",
            "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"appt-resource\", \"valueString\": \"x\"}]}",
                "application/fhir+json");
        yield return ("FHIRPath Patch of another element",
            "{\"resourceType\": \"Parameters\", \"parameter\": [{\"name\": \"operation\", \"part\": [{\"name\": \"type\", "
            + "\"valueCode\": \"delete\"}, {\"name\": \"path\", \"valueString\": \"Appointment.participant\"}]}]}",
            "application/fhir+json");
        yield return ("cancel with huge reason",
            $"[{{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"cancelled\"}},"
            + $"{{\"op\":\"add\",\"path\":\"/cancelationReason/text\",\"value\":\"{Huge}\"}}]", "application/json-patch+json");
        yield return ("JSON Patch of another element", "[{\"op\":\"remove\",\"path\":\"/participant\"}]", "application/json-patch+json");
        yield return ("JSON Patch with an object value", "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":{\"$gt\":\"\"}}]",
            "application/json-patch+json");
        yield return ("appointment of another id",
            Proposed(a => (a.Id, a.Status) = (Guid.NewGuid().ToString(), Appointment.AppointmentStatus.Cancelled)),
                "application/fhir+json");
        yield return ("same id, rewritten", Proposed(a => (a.Id, a.Status) = (appointmentId, Appointment.AppointmentStatus.Cancelled)),
            "application/fhir+json");
        yield return ("XML", "<Appointment xmlns=\"http://hl7.org/fhir\"><status value=\"proposed\"/></Appointment>",
            "application/fhir+xml");
        yield return ("form", "status=proposed", "application/x-www-form-urlencoded");
        yield return ("plain text", "hello", "text/plain");
        yield return ("oversized body", "{\"resourceType\": \"Appointment\", \"comment\": \"" + new string('y', 2_000_000) + "\"}",
            "application/fhir+json");
    }
}
