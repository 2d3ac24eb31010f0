using System.Net;
using System.Text.Json;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Infrastructure;
using Lebenswelten.Web.Tests.OfferingAdmin;
using Lebenswelten.Web.Tests.Registrations;
using Microsoft.EntityFrameworkCore;
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
        var owner = await DemoProvider.OfAsync(host);
        var offering = await owner.CreateOfferingAsync(host);
        var resident = await TestAccounts.CreateAsync(host, SiteRole.Resident, "jena", name: $"Lese Probe {Guid.NewGuid():N}"[..20]);
        await TestOfferings.RegisterAsync(host, resident, offering.Id);
        string session;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            session = (await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OfferingSessions
                .Where(s => s.OfferingId == offering.Id).OrderBy(s => s.StartsAt).FirstAsync()).Id.ToString();
        }
        (string Email, string Path)[] reads =
        [
            ("provider@jena.demo", $"/verwaltung/jena/angebote/{offering.Id}/teilnehmende"),
            ("provider@jena.demo", $"/verwaltung/jena/angebote/{offering.Id}/anwesenheit/{session}"),
            ("coordinator@jena.demo", "/standorte/jena/team"),
            ("coordinator@jena.demo", $"/standorte/jena/team/{resident.Id}"),
            ("admin@lebenswelten.demo", $"/admin/benutzer?suche={Uri.EscapeDataString(resident.Email)}"),
            ("admin@lebenswelten.demo", $"/admin/benutzer/{resident.Id}"),
        ];
        Assert.Equal(PersonalDataPages.AuditKinds.Values.ToHashSet(), reads.Select(r => PersonalDataPages.AuditKindOf(r.Path.Split('?')[0])!).ToHashSet());

        foreach (var (email, path) in reads)
        {
            using var staff = await host.PageClientAsync(email);
            var page = await staff.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{email} {path}: {page.StatusCode}");
            Assert.Contains(resident.DisplayName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var self = await host.ApiClientAsync(resident.Email);
        using var log = JsonDocument.Parse(await self.GetStringAsync("/api/me/audit?pageSize=100"));
        var seen = log.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("action").GetString() == "Read")
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
}
