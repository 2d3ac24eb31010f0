using System.Net;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Slot = Hl7.Fhir.Model.Slot;

using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// Practice software books a slot with Firely's FhirClient, finds it where the practice and the patient look, and
/// cancels it.
/// </summary>
public sealed partial class FhirBookingTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_FHIR_client_reads_the_schedule_books_a_free_slot_and_finds_the_booking_everywhere(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host);
        var (practice, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);

        var metadata = await client.CapabilityStatementAsync();
        Assert.Equal(FHIRVersion.N4_0_1, metadata!.FhirVersion);
        Assert.Contains(metadata.Rest[0].Resource, r => r.Type == "Appointment" && r.Operation.Any(o => o.Name == "book"));

        var schedules = await client.SearchAsync<Schedule>([$"actor=Organization/{practice}"]);
        // Other tests may have given the practice more hours; the demo ones are among them.
        var schedule = Assert.IsType<Schedule>(Assert.Single(schedules!.Entry, e => e.Resource!.Id == scheduleId.ToString()).Resource);
        Assert.Contains(schedule.Actor,
            a => a.Reference == $"Organization/{practice}" && a.Display == "Hausarztpraxis am Quartier (Beispiel)");
        Assert.Contains(schedule.Actor,
            a => a.Reference!.StartsWith("Location/", StringComparison.Ordinal) && a.Display == "Telemedizinraum Smartes Quartier");

        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        Assert.Equal($"Schedule/{scheduleId}", slot.Schedule.Reference);
        Assert.Equal(BerlinTime.ToLocal(slot.Start!.Value).Offset, slot.Start!.Value.Offset);
        var email = FhirTestKit.Email("book");

        var booked = (Appointment)(await client.TypeOperationAsync<Appointment>("book",
            FhirTestKit.Book(FhirTestKit.Proposed(slot.Id, email))))!;

        Assert.Equal("201", client.LastResult!.Status);
        Assert.EndsWith($"/fhir/Appointment/{booked.Id}", client.LastResult.Location!);
        Assert.Equal(Appointment.AppointmentStatus.Booked, booked.Status);
        Assert.Equal(slot.Start, booked.Start);
        Assert.Equal($"Slot/{slot.Id}", Assert.Single(booked.Slot).Reference);
        Assert.Equal("Blutdruckwerte besprechen", booked.Comment);
        Assert.Equal("follow-up", booked.ServiceType.Single().Coding.Single().Code);

        var read = await client.ReadAsync<Appointment>($"Appointment/{booked.Id}");
        Assert.True(read!.IsExactly(booked));
        var day = BerlinTime.LocalDate(slot.Start!.Value);
        var list = await client.SearchAsync<Appointment>([$"date={day:yyyy-MM-dd}", $"actor=Organization/{practice}"]);
        Assert.Contains(list!.Entry, e => e.Resource!.Id == booked.Id);
        Assert.Equal(list.Entry.Count, list.Total);
        Assert.Equal(Slot.SlotStatus.Busy, (await client.ReadAsync<Slot>($"Slot/{slot.Id}"))!.Status);

        // The same booking on the practice's desk (as its day list shows it) and behind the patient's personal link.
        var id = Guid.Parse(booked.Id!);
        await using var scope = host.Services.CreateAsyncScope();
        var practiceUser = await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>()
            .Users.SingleAsync(u => u.Email == FhirTestKit.Practice);
        var desk = await scope.ServiceProvider.GetRequiredService<PracticeDesk>()
            .AppointmentsAsync(practice, day, day, new AuditActor(practiceUser.Id, null), CancellationToken.None);
        Assert.Contains(desk.Value!, a => a.Id == id && a.Name == "Erika Musterfrau" && a.Email == email);
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal))).Single();
        var link = ManageLink().Match(mail.TextBody!);
        Assert.Equal(booked.Id, link.Groups[1].Value);
        var mine = await scope.ServiceProvider.GetRequiredService<PatientAppointments>()
            .FindAsync(id, new AppointmentActor(null, Uri.UnescapeDataString(link.Groups[2].Value)), CancellationToken.None);
        Assert.Equal(slot.Start!.Value, mine!.StartsAt);

        // And in the web UI: the practice's day list and the patient's appointment page behind the mailed link.
        using var pages = await host.PageClientAsync(FhirTestKit.Practice);
        var dayList = await pages.GetStringAsync($"/verwaltung/jena/telemedizin/praxis?tag={day:yyyy-MM-dd}");
        Assert.Contains("Erika Musterfrau", dayList, StringComparison.Ordinal);
        Assert.Contains("Blutdruckwerte besprechen", dayList, StringComparison.Ordinal);
        using var patient = host.Client();
        var appointmentPage = await patient.GetStringAsync($"/telemedizin/termine/{booked.Id}?token={link.Groups[2].Value}");
        Assert.Contains("Hausarztpraxis am Quartier (Beispiel)", appointmentPage, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task The_same_slot_twice_is_409_and_cancelling_by_PATCH_or_PUT_frees_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host);
        var (_, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        Task<Resource?> BookAsync() =>
            client.TypeOperationAsync<Appointment>("book", FhirTestKit.Book(FhirTestKit.Proposed(slot.Id, FhirTestKit.Email("twice"))));

        var first = (Appointment)(await BookAsync())!;
        var again = await Assert.ThrowsAsync<FhirOperationException>(BookAsync);

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains(again.Outcome!.Issue,
            i => i.Code == OperationOutcome.IssueType.Conflict && i.Details!.Coding[0].Code == "Slot.Taken");
        Assert.Equal(1, await FhirTestKit.BookedAsync(host, slot.Id));

        // FHIRPath Patch, as FhirClient sends it.
        var patched = await client.PatchAsync<Appointment>(first.Id!, CancelPatch("Praxis heute geschlossen"));
        Assert.Equal(Appointment.AppointmentStatus.Cancelled, patched!.Status);
        Assert.Equal(("prov", "Praxis heute geschlossen"), (patched.CancelationReason!.Coding[0].Code, patched.CancelationReason.Text));
        Assert.Equal(0, await FhirTestKit.BookedAsync(host, slot.Id));
        Assert.Equal(Slot.SlotStatus.Free, (await client.ReadAsync<Slot>($"Slot/{slot.Id}"))!.Status);

        // PUT of the whole resource with only the status changed.
        var second = (Appointment)(await BookAsync())!;
        var changed = (Appointment)second.DeepCopy();
        changed.Status = Appointment.AppointmentStatus.Cancelled;
        var put = await client.UpdateAsync(changed);
        Assert.Equal(Appointment.AppointmentStatus.Cancelled, put!.Status);
        Assert.Equal(0, await FhirTestKit.BookedAsync(host, slot.Id));

        // JSON Patch, the plainest form.
        var third = (Appointment)(await BookAsync())!;
        using var http = await host.ApiClientAsync(FhirTestKit.Practice);
        var response = await http.PatchAsync($"/fhir/Appointment/{third.Id}",
            FhirTestKit.Content("""[{"op":"replace","path":"/status","value":"cancelled"}]""", "application/json-patch+json"));
        Assert.Equal(Appointment.AppointmentStatus.Cancelled, Assert.IsType<Appointment>(await FhirTestKit.ResourceAsync(response)).Status);
        Assert.Equal(Slot.SlotStatus.Free, (await client.ReadAsync<Slot>($"Slot/{slot.Id}"))!.Status);

        // Cancelled once is cancelled: a second cancel is a conflict, not a silent success.
        var twice = await Assert.ThrowsAsync<FhirOperationException>(() => client.PatchAsync<Appointment>(third.Id!, CancelPatch(null)));
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
    }

    [Theory, BothProviders]
    public async Task Every_read_of_appointments_over_FHIR_is_audited(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var client = await FhirTestKit.ClientAsync(host);
        var (practice, scheduleId) = await FhirTestKit.DemoScheduleAsync(host);
        var slot = await FhirTestKit.FreeSlotAsync(client, scheduleId);
        var booked = await FhirTestKit.BookAsync(client, slot.Id, "audit");

        await client.ReadAsync<Appointment>($"Appointment/{booked.Id}");
        await client.SearchAsync<Appointment>([$"date={BerlinTime.LocalDate(slot.Start!.Value):yyyy-MM-dd}"]);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var practiceUser = await db.Users.SingleAsync(u => u.Email == FhirTestKit.Practice);
        var reads = await db.AuditEntries.Where(e => e.ActorUserId == practiceUser.Id && e.Action == AuditAction.Read).ToListAsync();
        Assert.Contains(reads, e => e.DataKind == "Telemedicine.Appointment" && e.RecordId == booked.Id);
        Assert.Contains(reads,
            e => e.DataKind == "Telemedicine.PracticeAppointments"
                && e.RecordId!.StartsWith(practice.ToString(), StringComparison.Ordinal));
    }

    private static Parameters CancelPatch(string? reason)
    {
        var patch = new Parameters();
        patch.Parameter.Add(Operation("replace", "Appointment.status", new Code("cancelled")));
        if (reason is not null)
        {
            patch.Parameter.Add(Operation("replace", "Appointment.cancelationReason", new CodeableConcept { Text = reason }));
        }
        return patch;
    }

    private static Parameters.ParameterComponent Operation(string type, string path, DataType value) => new()
    {
        Name = "operation",
        Part =
        [
            new Parameters.ParameterComponent { Name = "type", Value = new Code(type) },
            new Parameters.ParameterComponent { Name = "path", Value = new FhirString(path) },
            new Parameters.ParameterComponent { Name = "value", Value = value },
        ],
    };

    [GeneratedRegex(@"/telemedizin/termine/([0-9a-f-]{36})\?token=(\S+)")]
    private static partial Regex ManageLink();
}
