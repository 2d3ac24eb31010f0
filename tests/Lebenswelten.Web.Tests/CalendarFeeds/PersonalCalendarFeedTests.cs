using System.Net;
using System.Text.RegularExpressions;
using Ical.Net;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.CalendarFeeds;

/// <summary>A resident's own calendar feed behind a secret link, as their calendar app and an attacker meet it.</summary>
public sealed partial class PersonalCalendarFeedTests(AppHosts hosts)
{
    private const string Reason = "Blutdruckwerte besprechen";

    [Theory, BothProviders]
    public async Task A_calendar_app_gets_the_residents_sessions_and_appointment_and_nothing_of_anyone_else(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (resident, mine, appointment) = await BookedResidentAsync(host, "Rita Regel");
        var (_, theirs, otherAppointment) = await BookedResidentAsync(host, "Otto Andere");
        using var page = await host.PageClientAsync(resident.Email);
        var link = await IssueAsync(page);
        using var app = host.Client();

        var response = await app.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        Assert.Equal(2, calendar.Events.Count(e => e.Summary == mine.Title));
        var consultation = Assert.Single(calendar.Events, e => e.Uid == $"{appointment.Id}@lebenswelten");
        Assert.Equal(appointment.StartsAt.UtcDateTime, consultation.Start!.AsUtc);
        Assert.Contains(TestTelemedicine.PracticeName, consultation.Summary, StringComparison.Ordinal);
        Assert.Contains("Testweg 1", consultation.Location, StringComparison.Ordinal);
        Assert.NotNull(consultation.Url);
        Assert.Equal(3, calendar.Events.Count);
        // Health data stays out (GDPR Art. 9): no reason, no check-in code, no names; nothing of the other person.
        Assert.DoesNotContain(Reason, text, StringComparison.Ordinal);
        Assert.DoesNotContain(appointment.CheckInCode, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rita Regel", text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherAppointment.Id.ToString(), text, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, link);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var notModified = await app.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        using var since = new HttpRequestMessage(HttpMethod.Get, link);
        since.Headers.IfModifiedSince = response.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await app.SendAsync(since)).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Renewing_kills_the_old_link_revoking_the_new_one_and_a_guessed_token_is_404_like_them(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (resident, _, _) = await BookedResidentAsync(host, "Rita Erneuert");
        using var page = await host.PageClientAsync(resident.Email);
        using var app = host.Client();
        var old = await IssueAsync(page);

        var renewed = await IssueAsync(page);

        Assert.NotEqual(old, renewed);
        await AssertGoneAsync(app, old);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(renewed)).StatusCode);
        var account = await page.GetStringAsync("/konto/kalender");
        Assert.DoesNotContain(renewed, account, StringComparison.Ordinal);
        var revoked = await page.PostAsync("/konto/kalender?handler=Revoke", Forms.Of(account));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await AssertGoneAsync(app, renewed);
        foreach (var guess in new[] { $"/kalender/{SecretToken.Create()}.ics", "/kalender/kurz.ics", $"/kalender/{new string('a', 2000)}.ics",
                     $"/kalender/{Uri.EscapeDataString("' OR 1=1 --")}.ics", $"/kalender/{Uri.EscapeDataString("<script>")}.ics",
                     $"/kalender/{renewed["/kalender/".Length..^4].ToUpperInvariant()}.ics" })
        {
            await AssertGoneAsync(app, guess);
        }
    }

    [Theory, BothProviders]
    public async Task Logging_out_everywhere_and_deactivation_close_the_feed_and_no_one_opens_anothers_without_its_token(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (first, _, _) = await BookedResidentAsync(host, "Rita Abmeldung");
        var (second, _, _) = await BookedResidentAsync(host, "Rita Gesperrt");
        using var firstPage = await host.PageClientAsync(first.Email);
        using var secondPage = await host.PageClientAsync(second.Email);
        using var app = host.Client();
        var firstLink = await IssueAsync(firstPage);
        var secondLink = await IssueAsync(secondPage);

        var form = await firstPage.GetStringAsync("/konto");
        await firstPage.PostAsync("/konto/ueberall-abmelden", Forms.Of(form));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // What the administration's deactivation leaves behind: a lockout without end.
            await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().Users.Where(u => u.Id == second.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, AccountStates.DeactivatedFrom));
        }

        await AssertGoneAsync(app, firstLink);
        await AssertGoneAsync(app, secondLink);
        // The signed-in other person's cookie opens nothing either: only the token does.
        using var other = await host.PageClientAsync((await TestAccounts.CreateAsync(host)).Email);
        await AssertGoneAsync(other, firstLink);
    }

    [Theory, BothProviders]
    public async Task The_export_names_the_link_without_its_secret_and_erasure_ends_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var resident = await TestAccounts.CreateAsync(host, name: "Rita Auskunft");
        using var page = await host.PageClientAsync(resident.Email);
        var link = await IssueAsync(page);
        using var api = await host.ApiClientAsync(resident.Email);
        using var app = host.Client();
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(link)).StatusCode);

        var export = await (await api.PostAsync("/api/me/export", null)).Content.ReadAsStringAsync();
        using (var json = System.Text.Json.JsonDocument.Parse(export))
        {
            var section = json.RootElement.GetProperty("sections").EnumerateArray()
                .Single(s => s.GetProperty("capability").GetString() == "CalendarFeeds");
            Assert.True(section.TryGetProperty("createdAt", out _));
            Assert.True(section.TryGetProperty("lastUsedAt", out _));
        }
        var token = link["/kalender/".Length..^4];
        Assert.DoesNotContain(token, export, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretToken.HashOf(token), export, StringComparison.OrdinalIgnoreCase);

        var erased = await api.PostAsync("/api/me/erasure", System.Net.Http.Json.JsonContent.Create(new { confirm = true }));
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        await AssertGoneAsync(app, link);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().PersonalCalendarFeeds
            .AnyAsync(f => f.UserId == resident.Id));
    }

    /// <summary>A resident with a confirmed place in an offering of their own and a booked video consultation with a reason.</summary>
    internal static async Task<(TestAccount Resident, Core.Offerings.Offering Offering, Core.Telemedicine.TelemedicineAppointment Appointment)>
        BookedResidentAsync(AppHost host, string name)
    {
        var resident = await TestAccounts.CreateAsync(host, name: name);
        var offering = await TestOfferings.CreateAsync(host);
        var registration = await TestOfferings.RegisterAsync(host, resident, offering.Id);
        Assert.Equal(Core.Offerings.RegistrationStatus.Confirmed, registration.Status);
        var room = await TestTelemedicine.CreateAsync(host);
        var receipt = await TestTelemedicine.BookAsync(host, room.Slot(TestTelemedicine.Tomorrow, 10, 0), resident.Email, name,
            Reason, resident.Id);
        return (resident, offering, receipt.Appointment);
    }

    /// <summary>Creates or renews the link on the account page, as the resident would; the feed's path.</summary>
    internal static async Task<string> IssueAsync(HttpClient page)
    {
        var form = await page.GetStringAsync("/konto/kalender");
        var response = await page.PostAsync("/konto/kalender?handler=Issue", Forms.Of(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("webcal://", html, StringComparison.Ordinal);
        return FeedPath().Match(html).Value;
    }

    private static async Task AssertGoneAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("/kalender/[A-Za-z0-9_-]{32}\\.ics")]
    private static partial Regex FeedPath();
}
