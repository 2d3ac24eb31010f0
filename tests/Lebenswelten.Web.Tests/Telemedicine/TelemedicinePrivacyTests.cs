using System.Net;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Identity;

namespace Lebenswelten.Web.Tests.Telemedicine;

/// <summary>
/// Appointments are Art. 9 data: the room's staff see name and time only, the practice concerned sees everything,
/// another practice and the jobcenter, insurer and evaluation see nothing; every staff read is audited.
/// </summary>
public sealed class TelemedicinePrivacyTests(AppHosts hosts)
{
    private const string Reason = "Schilddrüse-Befund-vertraulich";

    [Theory, BothProviders]
    public async Task Room_staff_see_name_and_time_only_and_check_people_in_by_code(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var (appointment, _) = await TestTelemedicine.NowAsync(host, setup, "Rosa Raumgast", Reason);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var staff = await host.PageClientAsync("coordinator@jena.demo");
        var desk = $"/verwaltung/jena/telemedizin/raum/{setup.Room.Id}";

        var page = await staff.GetStringAsync(desk);

        Assert.Contains("Rosa Raumgast", page);
        Assert.DoesNotContain(Reason, page);
        Assert.DoesNotContain("Verlaufskontrolle", page);
        Assert.DoesNotContain(TestTelemedicine.PracticeName, page);
        Assert.True(await TestTelemedicine.AuditReadsAsync(host, "coordinator@jena.demo", "Telemedicine.RoomDay", since) >= 1);

        var wrong = await staff.PostAsync(desk, Forms.Of(page, "Code", "ZZZZZZ"));
        Assert.Contains("Diesen Code gibt es heute in diesem Raum nicht", await wrong.Content.ReadAsStringAsync());
        var typed = string.Join(" ", appointment.CheckInCode.ToLowerInvariant().Chunk(3).Select(c => new string(c)));
        var done = await staff.PostAsync(desk, Forms.Of(page, "Code", typed));
        Assert.Contains("Angemeldet: Rosa Raumgast", await done.Content.ReadAsStringAsync());
        Assert.NotNull((await TestTelemedicine.FindAsync(host, appointment.Id))!.CheckedInAt);
    }

    [Theory, BothProviders]
    public async Task The_practice_sees_contact_and_reason_audited_and_cancels_with_a_reason_the_resident_is_mailed(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var email = TestTelemedicine.GuestEmail();
        var (appointment, _) = await TestTelemedicine.BookAsync(host, setup.Slot(TestTelemedicine.Tomorrow, 11, 0), email,
            "Paul Praxisgast", Reason);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var practice = await host.PageClientAsync("practice@jena.demo");
        var day = $"/verwaltung/jena/telemedizin/praxis?tag={TestTelemedicine.Tomorrow:yyyy-MM-dd}";

        var page = await practice.GetStringAsync(day);

        Assert.Contains("Paul Praxisgast", page);
        Assert.Contains(Reason, page);
        Assert.Contains(email, page);
        Assert.True(await TestTelemedicine.AuditReadsAsync(host, "practice@jena.demo", "Telemedicine.PracticeAppointments", since) >= 1);

        var cancel = await practice.PostAsync($"{day}&handler=Cancel",
            Forms.Of(page, "appointmentId", appointment.Id.ToString(), "cancelReason", "Ärztin erkrankt"));
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(AppointmentStatus.CancelledByPractice, (await TestTelemedicine.FindAsync(host, appointment.Id))!.Status);
        var mail = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(email, StringComparison.Ordinal)
            && (m.TextBody ?? "").Contains("Ärztin erkrankt", StringComparison.Ordinal));
        Assert.DoesNotContain(Reason, mail[0].TextBody);
    }

    [Theory, BothProviders]
    public async Task Another_practice_and_the_jobcenter_insurer_and_evaluation_see_nothing(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var (appointment, _) = await TestTelemedicine.NowAsync(host, setup, "Nora Niemandsache", Reason);
        var today = Lebenswelten.Core.Common.BerlinTime.LocalDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var other = await TestTelemedicine.OtherPracticeAsync(host);

        foreach (var email in new[] { other, "jobcenter@jena.demo", "insurer@jena.demo", "evaluator@jena.demo" })
        {
            using var pages = await host.PageClientAsync(email);
            foreach (var path in new[] { $"/verwaltung/jena/telemedizin/praxis?tag={today}", "/verwaltung/jena/telemedizin/raeume",
                         "/verwaltung/jena/telemedizin/raum", "/verwaltung/jena/telemedizin/sprechzeiten" })
            {
                var response = await pages.GetAsync(path);
                var html = await response.Content.ReadAsStringAsync();
                Assert.False(html.Contains("Nora Niemandsache", StringComparison.Ordinal) || html.Contains(Reason, StringComparison.Ordinal)
                    || html.Contains(setup.Room.Name, StringComparison.Ordinal), $"{email} {path}");
            }
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/verwaltung/jena/telemedizin/raum/{setup.Room.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound,
                (await pages.GetAsync($"/verwaltung/jena/telemedizin/raeume/{setup.Room.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound,
                (await pages.GetAsync($"/verwaltung/jena/telemedizin/sprechzeiten/{setup.Schedule.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/telemedizin/termine/{appointment.Id}")).StatusCode);
            using var api = await host.ApiClientAsync(email);
            await ProblemAssert.IsProblemAsync(await api.GetAsync($"/api/telemedicine/appointments/{appointment.Id}"),
                HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await api.DeleteAsync($"/api/telemedicine/appointments/{appointment.Id}"),
                HttpStatusCode.NotFound);
        }
        using var otherPractice = await host.PageClientAsync(other);
        var page = await otherPractice.GetStringAsync("/verwaltung/jena/telemedizin/praxis");
        var cancel = await otherPractice.PostAsync("/verwaltung/jena/telemedizin/praxis?handler=Cancel",
            Forms.Of(page, "appointmentId", appointment.Id.ToString()));
        Assert.Contains("Diesen Termin gibt es nicht.", await cancel.Content.ReadAsStringAsync());
        Assert.Equal(AppointmentStatus.Booked, (await TestTelemedicine.FindAsync(host, appointment.Id))!.Status);
    }

    /// <summary>
    /// The desk is chosen by role, not by organisation alone (issue 15, finding 7): if the insurer or the jobcenter ran
    /// the room, their officers, counsellors and evaluators would still never see who has a video consultation.
    /// </summary>
    [Theory, BothProviders]
    public async Task Insurer_jobcenter_and_evaluation_staff_of_the_room_operator_never_see_the_day_list(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        await TestTelemedicine.NowAsync(host, setup, "Olga Operatorgast", Reason);
        var operatorId = await TestTelemedicine.OperatorIdAsync(host);
        var desk = $"/verwaltung/jena/telemedizin/raum/{setup.Room.Id}";

        foreach (var role in new[] { SiteRole.InsurerOfficer, SiteRole.JobcenterCounsellor, SiteRole.Evaluator })
        {
            var staff = await TestAccounts.CreateAsync(host, role, TestTelemedicine.Site, organisationId: operatorId);
            using var pages = await host.PageClientAsync(staff.Email);
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(desk)).StatusCode);
            Assert.DoesNotContain(setup.Room.Name, await pages.GetStringAsync("/verwaltung/jena/telemedizin/raum"),
                StringComparison.Ordinal);
        }
        // The operator's own desk staff (the provider role acting for it) do see it.
        var reception = await TestAccounts.CreateAsync(host, SiteRole.Provider, TestTelemedicine.Site, organisationId: operatorId);
        using var desks = await host.PageClientAsync(reception.Email);
        Assert.Contains(setup.Room.Name, await desks.GetStringAsync("/verwaltung/jena/telemedizin/raum"), StringComparison.Ordinal);
        Assert.Contains("Olga Operatorgast", await desks.GetStringAsync(desk), StringComparison.Ordinal);
    }

    /// <summary>
    /// Staff reads of a guest's appointment are audited with the appointment as subject (issue 15, finding 9): the guest's
    /// download through the personal link lists the practice's and the room desk's reads.
    /// </summary>
    [Theory, BothProviders]
    public async Task A_guests_download_names_the_practice_and_the_room_desk_that_read_the_appointment(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var (appointment, token) = await TestTelemedicine.NowAsync(host, setup, "Gisela Gelesen", Reason);
        var today = Lebenswelten.Core.Common.BerlinTime.LocalDate(appointment.StartsAt);
        using var practice = await host.PageClientAsync("practice@jena.demo");
        using var desk = await host.PageClientAsync("coordinator@jena.demo");
        Assert.Contains("Gisela Gelesen", await practice.GetStringAsync($"/verwaltung/jena/telemedizin/praxis?tag={today:yyyy-MM-dd}"));
        Assert.Contains("Gisela Gelesen", await desk.GetStringAsync($"/verwaltung/jena/telemedizin/raum/{setup.Room.Id}"));
        using var guest = host.Client();
        var data = $"/telemedizin/termine/{appointment.Id}/daten";
        var form = await guest.GetStringAsync($"{data}?token={Uri.EscapeDataString(token)}");

        var download = await guest.PostAsync($"{data}?handler=Export", Forms.Of(form, "Token", token, "format", "json"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var kinds = json.RootElement.GetProperty("auditEntries").EnumerateArray().Select(e => e.GetProperty("dataKind").GetString())
            .ToList();
        Assert.Contains("Telemedicine.PracticeAppointments", kinds);
        Assert.Contains("Telemedicine.RoomDay", kinds);
    }

    [Theory, BothProviders]
    public async Task A_guest_erases_the_appointment_through_the_personal_link_and_the_practice_no_longer_sees_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 11, 30);
        var (appointment, token) = await TestTelemedicine.BookAsync(host, slot, name: "Edda Erase", reason: Reason);
        var mine = await TestAccounts.CreateAsync(host);
        var (own, _) = await TestTelemedicine.BookAsync(host, setup.Slot(TestTelemedicine.Tomorrow, 10, 30), userId: mine.Id);
        using var guest = host.Client();
        using var practice = await host.PageClientAsync("practice@jena.demo");
        var day = $"/verwaltung/jena/telemedizin/praxis?tag={TestTelemedicine.Tomorrow:yyyy-MM-dd}";
        Assert.Contains("Edda Erase", await practice.GetStringAsync(day));
        var data = $"/telemedizin/termine/{appointment.Id}/daten";

        // The link alone opens it; an account's appointment has its data rights in the account.
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"{data}?token=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/telemedizin/termine/{own.Id}/daten")).StatusCode);
        var form = await guest.GetStringAsync($"{data}?token={Uri.EscapeDataString(token!)}");
        var unconfirmed = await guest.PostAsync($"{data}?handler=Erase", Forms.Of(form, "Token", token!));
        Assert.Contains("Bitte bestätigen Sie das Löschen", await unconfirmed.Content.ReadAsStringAsync());
        Assert.NotNull(await TestTelemedicine.FindAsync(host, appointment.Id));
        var erased = await guest.PostAsync($"{data}?handler=Erase", Forms.Of(form, "Token", token!, "ConfirmErase", "true"));

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal("/konto/geloescht", erased.Headers.Location!.OriginalString);
        Assert.Null(await TestTelemedicine.FindAsync(host, appointment.Id));
        Assert.DoesNotContain("Edda Erase", await practice.GetStringAsync(day));
        Assert.Equal(HttpStatusCode.NotFound,
            (await guest.GetAsync($"/telemedizin/termine/{appointment.Id}?token={Uri.EscapeDataString(token!)}")).StatusCode);
        Assert.Contains(await TestTelemedicine.FreeSlotsAsync(host, setup, TestTelemedicine.Tomorrow), s => s.Id == slot);
    }
}
