using System.Net;
using Lebenswelten.Core.Telemedicine;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Identity;

namespace Lebenswelten.Web.Tests.Telemedicine;

/// <summary>
/// The resident's pages over HTTP: the week of times, the booking form, the appointment page, cancelling, rebooking,
/// video.
/// </summary>
public sealed class TelemedicinePagesTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_guest_books_on_the_form_sees_code_qr_and_calendar_and_cancels_which_frees_the_slot(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 10, 0);
        using var client = host.Client();
        var week = await client.GetStringAsync(setup.BookingWeek);
        Assert.Contains($"/standorte/jena/telemedizin/buchen/{slot}", week);

        var form = await client.GetStringAsync($"/standorte/jena/telemedizin/buchen/{slot}");
        Assert.Contains("Nur die Praxis sieht das", form);
        var posted = await client.PostAsync($"/standorte/jena/telemedizin/buchen/{slot}", Forms.Of(form,
            "Input.Name", "Mehmet Yılmaz", "Input.Email", TestTelemedicine.GuestEmail(), "Input.Kind", "FollowUp", "Input.Reason",
                "Rezept"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var manage = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/telemedizin/termine/[0-9a-f-]{36}\\?token=", manage);
        var id = Guid.Parse(manage.Split('/')[3].Split('?')[0]);
        var appointment = (await TestTelemedicine.FindAsync(host, id))!;
        var held = await client.GetStringAsync(manage);
        Assert.Contains("Fast geschafft", held);
        Assert.Contains("name=\"Input.Code\"", held);
        Assert.DoesNotContain(appointment.CheckInCode, held);

        // The link from the mail: opening it (as a mail scanner would) changes nothing; the button verifies.
        var verifyToken = await TestTelemedicine.VerificationTokenAsync(host, appointment);
        var verifyLink = $"/telemedizin/termine/{id}/bestaetigen?token={Uri.EscapeDataString(verifyToken)}";
        var ask = await client.GetAsync(verifyLink);
        Assert.Equal("no-referrer", ask.Headers.GetValues("Referrer-Policy").Single());
        var askPage = await ask.Content.ReadAsStringAsync();
        Assert.NotNull((await TestTelemedicine.FindAsync(host, id))!.HoldExpiresAt);
        var verified = await client.PostAsync(verifyLink, Forms.Of(askPage));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(manage, verified.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(manage);
        Assert.Contains(appointment.CheckInCode, page);
        Assert.Contains("src=\"data:image/png;base64,", page);
        Assert.Contains("Ihr Termin ist bestätigt", page);
        var token = manage.Split("token=")[1];
        var ics = await client.GetAsync($"/telemedizin/termine/{id}/kalender.ics?token={token}");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Rezept", await ics.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/telemedizin/termine/{id}/kalender.ics")).StatusCode);
        Assert.DoesNotContain(slot,
            await client.GetStringAsync(setup.BookingWeek));

        var cancel = await client.PostAsync($"/telemedizin/termine/{id}?handler=Cancel", Forms.Of(page,
            "Token", Uri.UnescapeDataString(token), "ConfirmCancel", "true"));

        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("Von Ihnen abgesagt", await client.GetStringAsync(manage));
        Assert.Contains(slot,
            await client.GetStringAsync(setup.BookingWeek));
    }

    [Theory, BothProviders]
    public async Task The_form_shows_the_cores_field_errors_in_German_and_a_taken_slot_as_taken(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var slot = setup.Slot(TestTelemedicine.Tomorrow, 10, 15);
        using var client = host.Client();
        var form = await client.GetStringAsync($"/standorte/jena/telemedizin/buchen/{slot}");

        var empty = await client.PostAsync($"/standorte/jena/telemedizin/buchen/{slot}", Forms.Of(form, "Input.Kind", "FollowUp",
            "Input.Email", "kein-at-zeichen"));
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Bitte prüfen Sie", html);

        await TestTelemedicine.BookAsync(host, slot);
        var taken = await client.PostAsync($"/standorte/jena/telemedizin/buchen/{slot}", Forms.Of(form, "Input.Kind", "FollowUp",
            "Input.Name", "Zu Spät", "Input.Email", TestTelemedicine.GuestEmail()));
        Assert.Contains("Diese Zeit ist leider nicht mehr frei.", await taken.Content.ReadAsStringAsync());
    }

    [Theory, BothProviders]
    public async Task A_guest_rebooks_with_the_personal_link_and_the_old_time_becomes_free(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var setup = await TestTelemedicine.CreateAsync(host);
        var (booked, token) = await TestTelemedicine.BookAsync(host, setup.Slot(TestTelemedicine.Tomorrow, 10, 30));
        using var client = host.Client();
        var url = $"/telemedizin/termine/{booked.Id}/umbuchen?token={Uri.EscapeDataString(token!)}"
            + $"&woche={TestTelemedicine.Tomorrow:yyyy-MM-dd}";
        var page = await client.GetStringAsync(url);
        var newSlot = setup.Slot(TestTelemedicine.Tomorrow, 11, 30);
        Assert.Contains($"value=\"{newSlot}\"", page);

        var posted = await client.PostAsync($"/telemedizin/termine/{booked.Id}/umbuchen",
            Forms.Of(page, "Token", token!, "SlotId", newSlot));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(AppointmentStatus.Rebooked, (await TestTelemedicine.FindAsync(host, booked.Id))!.Status);
        Assert.Contains("Ihr Termin ist umgebucht", await client.GetStringAsync(posted.Headers.Location!.OriginalString));
        var free = await TestTelemedicine.FreeSlotsAsync(host, setup, TestTelemedicine.Tomorrow);
        Assert.Contains(free, s => s.Id == setup.Slot(TestTelemedicine.Tomorrow, 10, 30));
        Assert.DoesNotContain(free, s => s.Id == newSlot);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/telemedizin/termine/{booked.Id}/umbuchen?token=falsch")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task The_video_link_shows_from_ten_minutes_before_the_start_until_the_end_only(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (soon, soonSlot) = await TestTelemedicine.StartingSoonAsync(host);
        var (open, openToken) = await TestTelemedicine.BookAsync(host, soonSlot);
        var later = await TestTelemedicine.CreateAsync(host);
        var (tomorrow, tomorrowToken) = await TestTelemedicine.BookAsync(host, later.Slot(TestTelemedicine.Tomorrow, 11, 45));
        var (past, pastToken) = await TestTelemedicine.PastAsync(host, soon);
        using var client = host.Client();
        string Link(Guid id, string token) => $"/telemedizin/termine/{id}?token={Uri.EscapeDataString(token)}";

        Assert.Contains($"href=\"{TestTelemedicine.VideoLink}\"", await client.GetStringAsync(Link(open.Id, openToken!)));
        var notYet = await client.GetStringAsync(Link(tomorrow.Id, tomorrowToken!));
        Assert.Contains("Der Video-Link öffnet am", notYet);
        Assert.DoesNotContain(TestTelemedicine.VideoLink, notYet);
        var over = await client.GetStringAsync(Link(past.Id, pastToken));
        Assert.Contains("Der Termin ist vorbei", over);
        Assert.DoesNotContain($"href=\"{TestTelemedicine.VideoLink}\"", over);
    }

    [Fact]
    public async Task The_entry_page_speaks_English_on_request()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        using var client = host.Client();

        var page = await client.GetStringAsync("/standorte/jena/telemedizin?culture=en");

        Assert.Contains("Telemedicine in Jena", page);
        Assert.Contains("records nothing", page);
        Assert.Contains("Telemedizinraum Smartes Quartier", page);
    }
}
