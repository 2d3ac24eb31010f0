using System.Text.RegularExpressions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Features.Telemedicine;

namespace Lebenswelten.Web.Tests.Telemedicine;

/// <summary>The residents' JSON API end to end: slots, booking (guest and account), one's own appointment, cancelling.</summary>
public sealed class TelemedicineApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_guest_books_a_free_slot_gets_the_mail_reads_it_with_the_token_and_cancels(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        using var client = host.Client();
        var day = TestTelemedicine.Tomorrow.ToString("yyyy-MM-dd");

        var slots = await client.GetFromJsonAsync<List<SlotDto>>(
            $"/api/sites/jena/telemedicine/slots?from={day}&to={day}&schedule={setup.Schedule.Id}", Json.Options);
        Assert.Equal(8, slots!.Count);
        Assert.All(slots, s => Assert.Equal([setup.Room.Id], s.FreeRoomIds));
        var email = TestTelemedicine.GuestEmail();
        var response = await client.PostAsJsonAsync("/api/telemedicine/appointments",
            new { slotId = slots[0].Id, kind = "FollowUp", name = "Aylin Demir", email, reason = "Blutzucker" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("booked", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        var created = JsonSerializer.Deserialize<AppointmentCreatedDto>(body, Json.Options)!;
        Assert.NotNull(created.VerificationDueAt);
        var token = Uri.UnescapeDataString(created.ManageUrl!.Split("token=")[1]);
        // The booking holds the slot until the address is verified with the code that only the mail carries.
        var ask = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal))).Single();
        Assert.DoesNotContain(token, ask.TextBody, StringComparison.Ordinal);
        var code = Regex.Match(ask.TextBody!, @"Code ein: (\d{6})").Groups[1].Value;
        var verifyPath = $"/api/telemedicine/appointments/{created.Id}/verify";
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync(verifyPath, new { code }), HttpStatusCode.NotFound);
        using var verify = new HttpRequestMessage(HttpMethod.Post, verifyPath) { Content = JsonContent.Create(new { code }) };
        verify.Headers.Add("X-Appointment-Token", token);
        var verified = await client.SendAsync(verify);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Null((await verified.Content.ReadFromJsonAsync<AppointmentDto>(Json.Options))!.VerificationDueAt);
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal)
            && (m.Subject ?? "").Contains("gebucht", StringComparison.Ordinal))).Single();
        Assert.Contains(created.CheckInCode, mail.TextBody);
        Assert.DoesNotContain("Blutzucker", mail.TextBody);
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var free = await client.GetFromJsonAsync<List<SlotDto>>(
            $"/api/sites/jena/telemedicine/slots?from={day}&to={day}&schedule={setup.Schedule.Id}", Json.Options);
        Assert.DoesNotContain(free!, s => s.Id == slots[0].Id);

        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/telemedicine/appointments/{created.Id}"), HttpStatusCode.NotFound);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/telemedicine/appointments/{created.Id}");
        read.Headers.Add("X-Appointment-Token", token);
        var mine = await (await client.SendAsync(read)).Content.ReadFromJsonAsync<AppointmentDto>(Json.Options);
        Assert.Equal(("Blutzucker", setup.Room.Id), (mine!.Reason, mine.RoomId));

        var cancelled = await client.DeleteAsync($"/api/telemedicine/appointments/{created.Id}?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        Assert.Equal(AppointmentStatus.CancelledByResident, (await TestTelemedicine.FindAsync(host, created.Id))!.Status);
        Assert.Contains(await TestTelemedicine.FreeSlotsAsync(host, setup, TestTelemedicine.Tomorrow), s => s.Id == slots[0].Id);
    }

    [Theory, BothProviders]
    public async Task An_account_books_with_its_own_name_and_finds_the_appointment_among_its_own(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        using var client = await host.ApiClientAsync("resident@jena.demo");

        var response = await client.PostAsJsonAsync("/api/telemedicine/appointments",
            new { slotId = setup.Slot(TestTelemedicine.Tomorrow, 10, 30), kind = "PrescriptionTalk" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<AppointmentCreatedDto>(Json.Options))!;
        Assert.Null(created.ManageUrl);
        var mine = await client.GetFromJsonAsync<List<AppointmentDto>>("/api/me/appointments", Json.Options);
        Assert.Contains(mine!, a => a.Id == created.Id && a.Kind == ConsultationKind.PrescriptionTalk);
        Assert.StartsWith("Demo resident", (await TestTelemedicine.FindAsync(host, created.Id))!.Name);
    }

    [Theory, BothProviders]
    public async Task Wrong_bookings_get_clear_problems(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host, kinds: ConsultationKinds.FollowUp);
        using var client = host.Client();
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 11, 0);
        async Task<string> CodeOf(object body, HttpStatusCode status)
        {
            var response = await client.PostAsJsonAsync("/api/telemedicine/appointments", body);
            await ProblemAssert.IsProblemAsync(response, status);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()!;
        }

        Assert.Equal("Validation",
            await CodeOf(new { slotId = slot, name = "A", email = "a@example.org" }, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Validation", await CodeOf(new { slotId = slot, kind = "TherapySession", name = "A", email = "a@example.org" },
            HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Validation", await CodeOf(new { slotId = slot, kind = "FollowUp", name = "A" }, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("Slot.NotFound", await CodeOf(new { slotId = "nonsense", kind = "FollowUp", name = "A", email = "a@example.org" },
            HttpStatusCode.NotFound));
        Assert.Equal("Slot.OutsideHours", await CodeOf(new { slotId = setup.Slot(TestTelemedicine.Tomorrow, 10, 5), kind = "FollowUp",
            name = "A", email = "a@example.org" }, HttpStatusCode.UnprocessableEntity));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/jena/telemedicine/slots?from=2026-01-01&to=2026-12-31"),
            HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/sites/atlantis/telemedicine/slots"), HttpStatusCode.NotFound);
        Assert.Equal(8, (await TestTelemedicine.FreeSlotsAsync(host, setup, TestTelemedicine.Tomorrow)).Count);
    }

    [Theory, BothProviders]
    public async Task Rooms_and_hours_are_public_and_carry_no_personal_data(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        using var client = host.Client();

        var rooms = await client.GetFromJsonAsync<List<RoomDto>>("/api/sites/jena/telemedicine/rooms", Json.Options);
        var schedules = await client.GetFromJsonAsync<List<ScheduleDto>>("/api/sites/jena/telemedicine/schedules", Json.Options);

        Assert.Contains(rooms!, r => r.Id == setup.Room.Id && r.OpeningHours.Count == 7);
        Assert.Contains(schedules!, s => s.Id == setup.Schedule.Id && s.Practice == TestTelemedicine.PracticeName);
    }

    [Theory, BothProviders]
    public async Task Statuses_kinds_and_weekdays_read_in_camel_case_as_everywhere_in_the_api(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host, kinds: ConsultationKinds.FollowUp);
        using var client = await host.ApiClientAsync("resident@jena.demo");
        async Task<JsonElement> GetAsync(string path) => JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;
        var day = TestTelemedicine.Tomorrow.ToString("yyyy-MM-dd");

        var room = (await GetAsync("/api/sites/jena/telemedicine/rooms")).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == setup.Room.Id);
        var schedule = (await GetAsync("/api/sites/jena/telemedicine/schedules")).EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == setup.Schedule.Id);
        // What the API writes, it reads back, in the query too.
        var slots = $"/api/sites/jena/telemedicine/slots?from={day}&to={day}&schedule={setup.Schedule.Id}";
        var slot = (await GetAsync($"{slots}&kind=followUp"))[0];
        var booked = await client.PostAsJsonAsync("/api/telemedicine/appointments",
            new { slotId = slot.GetProperty("id").GetString(), kind = "followUp" });
        var id = JsonDocument.Parse(await booked.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var mine = (await GetAsync("/api/me/appointments")).EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);

        Assert.Equal(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
            room.GetProperty("openingHours").EnumerateArray().Select(h => h.GetProperty("weekday").GetString()));
        Assert.Equal(["followUp"], schedule.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("free", slot.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        Assert.Equal(("booked", "followUp"), (mine.GetProperty("status").GetString(), mine.GetProperty("kind").GetString()));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"{slots}&kind=bogus"), HttpStatusCode.BadRequest);
    }
}
