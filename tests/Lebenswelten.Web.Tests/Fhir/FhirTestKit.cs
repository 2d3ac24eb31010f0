using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Lebenswelten.Core.Telemedicine;
using Microsoft.Extensions.DependencyInjection;
using Patient = Hl7.Fhir.Model.Patient;
using Slot = Hl7.Fhir.Model.Slot;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// The demo practice of Jena (practice@jena.demo, "Hausarztpraxis am Quartier (Beispiel)") and its video hours in the
/// demo room, seen through Firely's FhirClient and plain HTTP. Tests share the host, so each books a slot of its own,
/// picked at random among the free ones, and a patient whose e-mail address names the test.
/// </summary>
public static class FhirTestKit
{
    public const string Practice = "practice@jena.demo";
    public const string KindSystem = "https://lebenswelten.example/fhir/CodeSystem/consultation-kind";

    public static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    /// <summary>Firely's FhirClient as the practice (or <paramref name="email"/>); every answer it gets is validated.</summary>
    public static async Task<FhirClient> ClientAsync(AppHost host, string? email = Practice, ResourceFormat format = ResourceFormat.Json)
    {
        using var http = await host.ApiClientAsync(email);
        return new(new Uri(host.BaseAddress, "fhir/"), new FhirClientSettings { PreferredFormat = format },
            new ValidatingHandler(http.DefaultRequestHeaders.Authorization?.Parameter));
    }

    public static async Task<(Guid Practice, Guid Schedule)> DemoScheduleAsync(AppHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        // The demo hours, not those other tests (the practice's own pages) add to the same practice.
        var schedule = await db.ConsultationSchedules.Include(s => s.Practice)
            .Where(s => s.Practice!.Name == "Hausarztpraxis am Quartier (Beispiel)" && s.IsSampleData).OrderBy(s => s.Name).FirstAsync();
        return (schedule.PracticeOrganisationId, schedule.Id);
    }

    /// <summary>A free slot of the demo schedule from tomorrow on (well past the two hours' notice), at random.</summary>
    public static async Task<Slot> FreeSlotAsync(FhirClient client, Guid scheduleId)
    {
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var bundle = await client.SearchAsync<Slot>([$"schedule=Schedule/{scheduleId}", $"start=ge{tomorrow}", "status=free"]);
        var free = bundle!.Entry.Select(e => e.Resource).OfType<Slot>().ToList();
        Assert.NotEmpty(free);
        return free[Random.Shared.Next(free.Count)];
    }

    /// <summary>Books the slot over $book, as FhirClient does it, for a patient named after the test.</summary>
    public static async Task<Appointment> BookAsync(FhirClient client, string? slotId, string test) =>
        (Appointment)(await client.TypeOperationAsync<Appointment>("book", Book(Proposed(slotId, Email(test)))))!;

    /// <summary>A proposed appointment as practice software would send it: the slot, the kind, a contained patient.</summary>
    public static Appointment Proposed(string? slotId, string email, string kind = "follow-up", string name = "Erika Musterfrau")
    {
        var patient = new Patient { Id = "p1", Name = [new HumanName { Text = name }] };
        patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        return new Appointment
        {
            Status = Appointment.AppointmentStatus.Proposed,
            Contained = [patient],
            Slot = [new ResourceReference($"Slot/{slotId}")],
            ServiceType = [new CodeableConcept(KindSystem, kind)],
            Comment = "Blutdruckwerte besprechen",
            Participant = [new Appointment.ParticipantComponent { Actor = new ResourceReference("#p1"),
                Status = ParticipationStatus.Accepted }],
        };
    }

    public static Parameters Book(Appointment proposed) =>
        new() { Parameter = [new Parameters.ParameterComponent { Name = "appt-resource", Resource = proposed }] };

    public static string Email(string test) => $"fhir-{test}-{Guid.NewGuid():N}@example.org";

    /// <summary>Booked appointments of one slot (schedule and start), whoever booked them.</summary>
    public static async Task<int> BookedAsync(AppHost host, string? slotId)
    {
        Assert.True(SlotId.TryParse(slotId, out var scheduleId, out var start));
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().TelemedicineAppointments
            .CountAsync(a => a.ScheduleId == scheduleId && a.StartsAt == start && a.Status == AppointmentStatus.Booked);
    }

    /// <summary>The FHIR error contract: the status, application/fhir+json, and an OperationOutcome with an error issue.</summary>
    public static async Task<OperationOutcome> OutcomeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var resource = await ResourceAsync(response);
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: "
            + $"{(int)response.StatusCode} instead of {(int)status}: {Serialize(resource)}");
        var outcome = Assert.IsType<OperationOutcome>(resource);
        Assert.Contains(outcome.Issue,
            i => i.Severity == OperationOutcome.IssueSeverity.Error && !string.IsNullOrWhiteSpace(i.Diagnostics));
        return outcome;
    }

    /// <summary>Any /fhir answer: application/fhir+json that Firely's parser reads as a resource, valid FHIR R4.</summary>
    public static async Task<Resource> ResourceAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/fhir+json",
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} "
            + $"{response.Content.Headers.ContentType} {body}");
        var resource = JsonSerializer.Deserialize<Resource>(body, Json)!;
        FhirValidation.AssertValid(resource);
        return resource;
    }

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, Json);

    public static StringContent Content(string body, string mediaType = "application/fhir+json") =>
        new(body, System.Text.Encoding.UTF8, mediaType);
}
