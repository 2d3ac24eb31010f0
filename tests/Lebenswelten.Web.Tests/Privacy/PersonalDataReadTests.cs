using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Offerings;
using Lebenswelten.Web.Tests.Telemedicine;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Privacy;

/// <summary>
/// Every page of <see cref="PersonalDataPages"/> opened once by the staff member who may, showing one resident:
/// the resident then finds every one of those reads, with who read, in "Who accessed my data" (GDPR Art. 15).
/// </summary>
public sealed class PersonalDataReadTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Each_staff_page_with_personal_data_shows_up_in_the_persons_access_log(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (resident, _, offeringReads) = await ResidentOnEveryPageAsync(host);
        // Projects name the resident as the person responsible and as project staff. (Their erasure is tested in
        // Projects/ProjectsPrivacyTests directly, until Privacy runs every IPersonalDataParticipant.)
        var reads = offeringReads.Concat(await ProjectReadsAsync(host, resident)).Concat(await NetworkReadsAsync(host, resident))
            .Concat(await IdeaReadsAsync(host, resident)).ToArray();
        Assert.Equal(PersonalDataPages.AuditKinds.Values.Except(PersonalDataPages.WithoutNamedPerson).ToHashSet(), reads.Select(r => PersonalDataPages.AuditKindOf(r.Path.Split('?')[0])!).ToHashSet());

        foreach (var (email, path) in reads)
        {
            var (status, html) = await OpenAsync(host, email, path);
            Assert.True(status == HttpStatusCode.OK, $"{email} {path}: {status}");
            Assert.Contains(resident.DisplayName, html, StringComparison.Ordinal);
        }

        using var self = await host.ApiClientAsync(resident.Email);
        using var log = JsonDocument.Parse(await self.GetStringAsync("/api/me/audit?pageSize=100"));
        var seen = log.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("action").GetString() == "read")
            .Select(i => (Kind: i.GetProperty("dataKind").GetString(), Actor: i.GetProperty("actor").GetProperty("displayName").GetString()))
            .ToList();
        foreach (var (email, path) in reads)
        {
            var kind = PersonalDataPages.AuditKindOf(path.Split('?')[0]);
            var role = email.Split('@')[0];
            Assert.True(seen.Any(s => s.Kind == kind && s.Actor!.Contains(role == "admin" ? "Administration" : role, StringComparison.OrdinalIgnoreCase)),
                $"{path} by {email}: no {kind} read in the resident's log ({string.Join(", ", seen)})");
        }
    }

    [Theory, BothProviders]
    public async Task An_erased_resident_is_on_none_of_those_pages_while_the_counts_stay(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (resident, offering, offeringReads) = await ResidentOnEveryPageAsync(host);
        var reads = offeringReads.Concat(await NetworkReadsAsync(host, resident)).ToArray();
        var before = await CountsAsync(host, offering);
        using (var self = await host.ApiClientAsync(resident.Email))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await self.PostAsJsonAsync("/api/me/erasure", new { confirm = true })).StatusCode);
        }

        foreach (var (email, path) in reads)
        {
            var (status, html) = await OpenAsync(host, email, path);
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{email} {path}: {status}");
            if (path.Contains("?suche=", StringComparison.Ordinal))
            {
                // The search box repeats what the administrator typed; the result is what counts.
                Assert.Contains("0 Konten gefunden", html, StringComparison.Ordinal);
                continue;
            }
            Assert.DoesNotContain(resident.DisplayName, html, StringComparison.Ordinal);
            Assert.DoesNotContain(resident.Email, html, StringComparison.Ordinal);
        }
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");
        Assert.DoesNotContain(resident.Email, await coordinator.GetStringAsync("/api/sites/jena/members"), StringComparison.Ordinal);
        Assert.DoesNotContain(resident.DisplayName, await coordinator.GetStringAsync($"/api/offerings/{offering.Id}/participants"), StringComparison.Ordinal);
        // The figures reports count stay: the registration (anonymised, no longer holding a future place) and the
        // attendance, without a person behind them.
        Assert.Equal(before, await CountsAsync(host, offering));
    }

    /// <summary>
    /// A resident at Jena registered (and present) at an offering of the test's own, with a video appointment today in a
    /// room of the test's own, and the staff reads that show them.
    /// </summary>
    private static async Task<(TestAccount Resident, Core.Offerings.Offering Offering, (string Email, string Path)[] Reads)> ResidentOnEveryPageAsync(AppHost host)
    {
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        var resident = await TestAccounts.CreateAsync(host, SiteRole.Resident, "jena", name: $"Lese Probe {Guid.NewGuid():N}"[..20]);
        var registration = await TestOfferings.RegisterAsync(host, resident, offering.Id);
        var session = (await TestOfferings.StartSessionsAsync(host, offering.Id, count: 1))[0].Id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var book = scope.ServiceProvider.GetRequiredService<Core.Offerings.AttendanceBook>();
            var actor = new Core.Privacy.AuditActor(owner.UserId, null);
            Assert.True((await book.RecordAsync(offering.Id, session, [registration.Id], actor, CancellationToken.None)).Succeeded);
        }
        var room = await TestTelemedicine.CreateAsync(host);
        var (appointment, _) = await TestTelemedicine.NowAsync(host, room, resident.DisplayName, "Befund besprechen", resident.Id);
        await TestTelemedicine.ClosedOutAsync(host, room, resident);
        return (resident, offering,
        [
            ("provider@jena.demo", $"/verwaltung/jena/angebote/{offering.Id}/teilnehmende"),
            ("provider@jena.demo", $"/verwaltung/jena/angebote/{offering.Id}/anwesenheit/{session}"),
            ("coordinator@jena.demo", "/standorte/jena/team"),
            ("coordinator@jena.demo", $"/standorte/jena/team/{resident.Id}"),
            ("admin@lebenswelten.demo", $"/admin/benutzer?suche={Uri.EscapeDataString(resident.Email)}"),
            ("admin@lebenswelten.demo", $"/admin/benutzer/{resident.Id}"),
            ("practice@jena.demo", $"/verwaltung/jena/telemedizin/praxis?tag={appointment.LocalDate:yyyy-MM-dd}"),
            ("practice@jena.demo", $"/verwaltung/jena/telemedizin/praxis/woche?woche={appointment.LocalDate:yyyy-MM-dd}"),
            ("practice@jena.demo", "/verwaltung/jena/telemedizin/praxis/umbuchen"),
            ("provider@jena.demo", $"/verwaltung/jena/angebote/{offering.Id}/teilnahme"),
            ("coordinator@jena.demo", $"/verwaltung/jena/telemedizin/raum/{room.Room.Id}"),
        ]);
    }

    private static async Task<(string Email, string Path)[]> ProjectReadsAsync(AppHost host, TestAccount resident)
    {
        var project = await Projects.TestProject.CreateAsync(host, responsible: resident.DisplayName, responsibleUserId: resident.Id,
            staff: [new Core.Projects.StaffDraft(resident.DisplayName, "Übungsleitung", resident.Id)]);
        return
        [
            ("coordinator@jena.demo", $"/verwaltung/jena/projekte/{project.Project.Id}"),
            ("insurer@jena.demo", $"/verwaltung/jena/foerderung/antraege/{project.Application.Id}"),
        ];
    }

    /// <summary>A waiting idea whose text names the resident (as unmoderated texts may): the queue and the idea are audited reads.</summary>
    private static async Task<(string Email, string Path)[]> IdeaReadsAsync(AppHost host, TestAccount resident)
    {
        var (idea, _) = await Ideas.TestIdeas.CreateAsync(host, publish: false, title: $"Treffen mit {resident.DisplayName}", by: resident);
        return [("coordinator@jena.demo", "/verwaltung/jena/ideen"), ("coordinator@jena.demo", $"/verwaltung/jena/ideen/{idea.Id}")];
    }

    /// <summary>The resident as the contact person of a Jena organisation, listed with their consent and invited to a meeting (issue 17).</summary>
    private static async Task<(string Email, string Path)[]> NetworkReadsAsync(AppHost host, TestAccount resident)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var organisation = await db.Organisations.Where(o => db.Sites.Any(s => s.Id == o.SiteId && s.Slug == "jena"))
            .OrderBy(o => o.Name).FirstAsync();
        var contact = new Core.Network.ContactPerson
        {
            SiteId = organisation.SiteId, OrganisationId = organisation.Id, Name = resident.DisplayName, Email = resident.Email,
            UserId = resident.Id, ConsentGivenAt = DateTimeOffset.UtcNow, ConsentVersion = Core.Network.ContactPerson.ConsentTextVersion,
            ConsentSource = Core.Network.ConsentSource.Self,
        };
        db.ContactPersons.Add(contact);
        // …and invited to a meeting of the Jena network.
        var meeting = await db.Meetings.Where(m => m.SiteId == organisation.SiteId).OrderBy(m => m.StartsAt).FirstAsync();
        db.MeetingInvitations.Add(new Core.Network.MeetingInvitation
        {
            MeetingId = meeting.Id, ContactPersonId = contact.Id, TokenHash = Guid.NewGuid().ToString("N"), InvitedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return
        [
            ("coordinator@jena.demo", $"/verwaltung/jena/netzwerk/organisationen/{organisation.Id}"),
            ("coordinator@jena.demo", $"/verwaltung/jena/netzwerk/sitzungen/{meeting.Id}"),
        ];
    }

    private static async Task<(HttpStatusCode, string)> OpenAsync(AppHost host, string email, string path)
    {
        using var staff = await host.PageClientAsync(email);
        var page = await staff.GetAsync(path);
        return (page.StatusCode, await page.Content.ReadAsStringAsync());
    }

    private static async Task<(int Registrations, int Present)> CountsAsync(AppHost host, Core.Offerings.Offering offering)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var present = await db.Attendances.CountAsync(a => a.Present && db.Registrations.Any(r => r.Id == a.RegistrationId && r.OfferingId == offering.Id));
        return (await db.Registrations.CountAsync(r => r.OfferingId == offering.Id), present);
    }
}
