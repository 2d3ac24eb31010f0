using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Patient = Hl7.Fhir.Model.Patient;
using Slot = Hl7.Fhir.Model.Slot;

using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>Who may not use /fhir, and what it says to them: always an OperationOutcome, never problem+json or a page.</summary>
public sealed class FhirRefusalTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Without_a_token_only_the_CapabilityStatement_answers(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var anonymous = host.Client();

        var metadata = Assert.IsType<CapabilityStatement>(await FhirTestKit.ResourceAsync(await anonymous.GetAsync("/fhir/metadata")));
        Assert.Equal("Bearer token", metadata.Rest[0].Security!.Service[0].Text);
        foreach (var (method, path) in new[] { ("GET", "/fhir/Schedule"), ("GET", "/fhir/Slot"), ("GET", "/fhir/Appointment"),
            ("GET", $"/fhir/Appointment/{Guid.NewGuid()}"), ("POST", "/fhir/Appointment/$book"),
                ("PATCH", $"/fhir/Appointment/{Guid.NewGuid()}") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method),
                path) { Content = method == "GET" ? null : FhirTestKit.Content("{}") };
            var response = await anonymous.SendAsync(request);
            var outcome = await FhirTestKit.OutcomeAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal(OperationOutcome.IssueType.Login, outcome.Issue[0].Code);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Theory, BothProviders]
    public async Task Residents_room_staff_jobcentre_insurer_and_administrators_are_refused(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        foreach (var email in new[] { "resident@jena.demo", "coordinator@jena.demo", "jobcenter@jena.demo", "insurer@jena.demo",
            "admin@lebenswelten.demo" })
        {
            using var client = await host.ApiClientAsync(email);
            await FhirTestKit.OutcomeAsync(await client.GetAsync($"/fhir/Slot?schedule=Schedule/{scheduleId}"), HttpStatusCode.Forbidden);
            await FhirTestKit.OutcomeAsync(await client.GetAsync("/fhir/Appointment"), HttpStatusCode.Forbidden);
            var book = await client.PostAsync("/fhir/Appointment/$book",
                FhirTestKit.Content(FhirTestKit.Serialize(FhirTestKit.Proposed("x", "a@example.org"))));
            await FhirTestKit.OutcomeAsync(book, HttpStatusCode.Forbidden);
        }
    }

    [Theory, BothProviders]
    public async Task Another_practice_finds_nothing_of_this_one(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var jena = await FhirTestKit.ClientAsync(host);
        var (practice, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(jena, scheduleId);
        var booked = await FhirTestKit.BookAsync(jena, slot.Id, "other");
        using var weimar = await host.ApiClientAsync("practice@weimar.demo");

        await FhirTestKit.OutcomeAsync(await weimar.GetAsync($"/fhir/Appointment/{booked.Id}"), HttpStatusCode.NotFound);
        await FhirTestKit.OutcomeAsync(await weimar.GetAsync($"/fhir/Slot/{slot.Id}"), HttpStatusCode.NotFound);
        await FhirTestKit.OutcomeAsync(await weimar.GetAsync($"/fhir/Schedule/{scheduleId}"), HttpStatusCode.NotFound);
        foreach (var search in new[] { $"Appointment?_id={booked.Id}", $"Appointment?actor=Organization/{practice}",
            $"Schedule?actor=Organization/{practice}",
            $"Slot?schedule=Schedule/{scheduleId}" })
        {
            var bundle = Assert.IsType<Bundle>(await FhirTestKit.ResourceAsync(await weimar.GetAsync($"/fhir/{search}")));
            Assert.Equal(0, bundle.Total);
        }
        await FhirTestKit.OutcomeAsync(await weimar.PostAsync("/fhir/Appointment/$book",
            FhirTestKit.Content(FhirTestKit.Serialize(FhirTestKit.Proposed(slot.Id, FhirTestKit.Email("other"))))),
                HttpStatusCode.NotFound);
        await FhirTestKit.OutcomeAsync(await weimar.PatchAsync($"/fhir/Appointment/{booked.Id}",
            FhirTestKit.Content("""[{"op":"replace","path":"/status","value":"cancelled"}]""", "application/json-patch+json")),
            HttpStatusCode.NotFound);
        var cancelled = (Appointment)booked.DeepCopy();
        cancelled.Status = Appointment.AppointmentStatus.Cancelled;
        await FhirTestKit.OutcomeAsync(await weimar.PutAsync($"/fhir/Appointment/{booked.Id}",
            FhirTestKit.Content(FhirTestKit.Serialize(cancelled))), HttpStatusCode.NotFound);
        Assert.Equal(1, await FhirTestKit.BookedAsync(host, slot.Id));
    }

    [Theory, BothProviders]
    public async Task A_booking_that_is_not_one_is_refused_with_the_right_status(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = await host.ApiClientAsync(FhirTestKit.Practice);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(await FhirTestKit.ClientAsync(host), scheduleId);
        var email = FhirTestKit.Email("refused");
        async Task<OperationOutcome> BookAsync(string body, HttpStatusCode status) =>
            await FhirTestKit.OutcomeAsync(await client.PostAsync("/fhir/Appointment/$book", FhirTestKit.Content(body)), status);
        string With(Action<Appointment> change)
        {
            var proposed = FhirTestKit.Proposed(slot.Id, email);
            change(proposed);
            return FhirTestKit.Serialize(proposed);
        }

        await BookAsync("{\"resourceType\": \"Appointment\", ", HttpStatusCode.BadRequest);
        await BookAsync("""{"resourceType": "Patient", "name": [{"text": "Erika"}]}""", HttpStatusCode.BadRequest);
        await BookAsync("""{"resourceType": "Appointment", "status": "proposed", "bogus": 1}""", HttpStatusCode.BadRequest);
        await BookAsync(With(a => a.Slot = [new ResourceReference("Slot/nowhere")]), HttpStatusCode.NotFound);
        var offGrid = SlotId.For(scheduleId, new DateTimeOffset(DateTime.UtcNow.Date.AddDays(3).AddHours(3).AddMinutes(7), TimeSpan.Zero));
        Assert.Equal("Slot.NotFound",
            (await BookAsync(With(a => a.Slot = [new ResourceReference($"Slot/{offGrid}")]), HttpStatusCode.NotFound))
                .Issue[0].Details!.Coding[0].Code);
        var tooFar = SlotId.For(scheduleId, BerlinTime.ToUtc(NextMonday(60), new TimeOnly(9, 0)));
        Assert.Equal("Slot.BeyondHorizon",
            (await BookAsync(With(a => a.Slot = [new ResourceReference($"Slot/{tooFar}")]), (HttpStatusCode)422))
                .Issue[0].Details!.Coding[0].Code);
        await BookAsync(With(a => a.Status = Appointment.AppointmentStatus.Booked), (HttpStatusCode)422);
        await BookAsync(With(a => a.ServiceType = [new CodeableConcept(FhirTestKit.KindSystem, "surgery")]), (HttpStatusCode)422);
        await BookAsync(With(a => a.ServiceType = [new CodeableConcept(FhirTestKit.KindSystem, "therapy-session")]), (HttpStatusCode)422);
        await BookAsync(With(a => a.Participant.Clear()), HttpStatusCode.BadRequest); // participant is 1..* in FHIR itself
        await BookAsync(With(a => a.Participant[0].Actor = new ResourceReference("#nobody")), (HttpStatusCode)422);
        await BookAsync(With(a => a.Start = slot.Start!.Value.AddMinutes(5)), (HttpStatusCode)422);
        var nameless = await BookAsync(With(a => ((Patient)a.Contained[0]).Name.Clear()), (HttpStatusCode)422);
        Assert.Contains(nameless.Issue, i => i.Expression.Contains("Appointment.contained.ofType(Patient).name"));

        Assert.Equal(0, await FhirTestKit.BookedAsync(host, slot.Id));
    }

    [Theory, BothProviders]
    public async Task Searches_refuse_values_they_cannot_read_and_under_strict_handling_parameters_they_do_not_know(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = await host.ApiClientAsync(FhirTestKit.Practice);
        foreach (var search in new[]
        {
            "Slot?bogus=1", "Slot?start=tomorrow", "Slot?start=2026-02-30", "Slot?start=ge2026-03-10T09:00:00", "Slot?start=sa2026-03-10",
            "Slot?start=ge2099-01-01&start=le2099-12-31", "Slot?status=maybe", "Slot?schedule=Practitioner/1", "Slot?_count=-5", "Slot?_offset=x",
            "Appointment?date=ge2026-01-01&date=le2026-06-30", "Appointment?actor=Organization/not-a-guid", "Appointment?status=x",
            "Appointment?_id=1&_id=2", "Schedule?actor=", "Schedule?name=x",
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{search}");
            request.Headers.TryAddWithoutValidation("Prefer", "handling=strict");
            await FhirTestKit.OutcomeAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);
        }
    }

    [Theory, BothProviders]
    public async Task Other_formats_unknown_addresses_and_methods_answer_in_FHIR(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var client = await host.ApiClientAsync(FhirTestKit.Practice);

        using var yaml = new HttpRequestMessage(HttpMethod.Get, "/fhir/Slot");
        yaml.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/yaml"));
        await FhirTestKit.OutcomeAsync(await client.SendAsync(yaml), HttpStatusCode.NotAcceptable);
        await FhirTestKit.OutcomeAsync(await client.GetAsync("/fhir/Slot?_format=turtle"), HttpStatusCode.NotAcceptable);
        await FhirTestKit.OutcomeAsync(await client.PostAsync("/fhir/Appointment/$book",
            FhirTestKit.Content("status: proposed", "application/yaml")), HttpStatusCode.UnsupportedMediaType);
        Assert.IsType<Bundle>(await FhirTestKit.ResourceAsync(await client.GetAsync("/fhir/Schedule?_format=application/fhir%2Bjson")));

        await FhirTestKit.OutcomeAsync(await client.GetAsync("/fhir/Patient/1"), HttpStatusCode.NotFound);
        // An interaction the server lacks (DELETE) finds no endpoint: 404, as for an unknown resource type.
        await FhirTestKit.OutcomeAsync(await client.DeleteAsync($"/fhir/Appointment/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/fhir/Slot?bogus=1");
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        english.Headers.TryAddWithoutValidation("Prefer", "handling=strict");
        var outcome = await FhirTestKit.OutcomeAsync(await client.SendAsync(english), HttpStatusCode.BadRequest);
        Assert.StartsWith("The search parameter \"bogus\" is not supported", outcome.Issue[0].Diagnostics);
        using var strict = new HttpRequestMessage(HttpMethod.Get, "/fhir/Slot?bogus=1");
        strict.Headers.TryAddWithoutValidation("Prefer", "handling=strict");
        var german = await FhirTestKit.OutcomeAsync(await client.SendAsync(strict), HttpStatusCode.BadRequest);
        Assert.StartsWith("Der Suchparameter „bogus“", german.Issue[0].Diagnostics);
    }

    [Theory, BothProviders]
    public async Task PUT_and_PATCH_change_nothing_but_the_status_to_cancelled(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var fhir = await FhirTestKit.ClientAsync(host);
        using var client = await host.ApiClientAsync(FhirTestKit.Practice);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(fhir, scheduleId);
        var booked = await FhirTestKit.BookAsync(fhir, slot.Id, "put");
        Task<HttpResponseMessage> PutAsync(Action<Appointment> change)
        {
            var copy = (Appointment)booked.DeepCopy();
            change(copy);
            return client.PutAsync($"/fhir/Appointment/{booked.Id}", FhirTestKit.Content(FhirTestKit.Serialize(copy)));
        }

        await FhirTestKit.OutcomeAsync(await PutAsync(a => a.Comment = "anders"), (HttpStatusCode)422);
        await FhirTestKit.OutcomeAsync(await PutAsync(a => (a.Status, a.Comment) = (Appointment.AppointmentStatus.Cancelled, "anders")),
            (HttpStatusCode)422);
        await FhirTestKit.OutcomeAsync(await PutAsync(a =>
            (a.Status, a.Start) = (Appointment.AppointmentStatus.Cancelled, a.Start!.Value.AddDays(1))), (HttpStatusCode)422);
        await FhirTestKit.OutcomeAsync(await PutAsync(a =>
            (a.Status, a.Id) = (Appointment.AppointmentStatus.Cancelled, Guid.NewGuid().ToString())), HttpStatusCode.BadRequest);
        foreach (var patch in new[]
        {
            """[{"op":"replace","path":"/status","value":"booked"}]""", """[{"op":"replace","path":"/comment","value":"x"}]""",
            """[{"op":"replace","path":"/status","value":"cancelled"},{"op":"remove","path":"/participant"}]""", """{"op":"replace"}""",
        })
        {
            var response = await client.PatchAsync($"/fhir/Appointment/{booked.Id}",
                FhirTestKit.Content(patch, "application/json-patch+json"));
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or (HttpStatusCode)422, $"{patch}: {response.StatusCode}");
            await FhirTestKit.OutcomeAsync(response, response.StatusCode);
        }
        var tooLong = """[{"op":"replace","path":"/status","value":"cancelled"},"""
            + $$"""{"op":"add","path":"/cancelationReason/text","value":"{{new string('x', 5000)}}"}]""";
        await FhirTestKit.OutcomeAsync(await client.PatchAsync($"/fhir/Appointment/{booked.Id}",
            FhirTestKit.Content(tooLong, "application/json-patch+json")), (HttpStatusCode)422);

        Assert.Equal(1, await FhirTestKit.BookedAsync(host, slot.Id));
        Assert.Equal(Slot.SlotStatus.Busy, (await fhir.ReadAsync<Slot>($"Slot/{slot.Id}"))!.Status);
    }

    private static DateOnly NextMonday(int daysAhead)
    {
        var day = BerlinTime.LocalDate(DateTimeOffset.UtcNow).AddDays(daysAhead);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
