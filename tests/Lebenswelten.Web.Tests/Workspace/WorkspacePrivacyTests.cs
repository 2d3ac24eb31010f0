using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Lebenswelten.Web.Tests.Telemedicine;

namespace Lebenswelten.Web.Tests.Workspace;

/// <summary>
/// The start page and the invitation lists name people, so each read is in the named person's access log (GDPR Art. 15),
/// like the pages of <see cref="Privacy.PersonalDataPages"/>. They are not listed there: whether /arbeitsplatz shows a
/// name depends on the visitor's role, and an invitation list names accounts only when an invited address has one.
/// </summary>
public sealed class WorkspacePrivacyTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_patient_sees_the_practice_that_read_their_name_on_its_start_page(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var patient = await TestAccounts.CreateAsync(host, name: "Stella Startseite");
        var setup = await TestTelemedicine.CreateAsync(host);
        await TestTelemedicine.BookAsync(host, setup.Slot(TestTelemedicine.Tomorrow, 10, 45), patient.Email, patient.DisplayName,
            userId: patient.Id);
        using var practice = await host.PageClientAsync("practice@jena.demo");

        Assert.Contains(patient.DisplayName, await practice.GetStringAsync("/arbeitsplatz"), StringComparison.Ordinal);

        Assert.Contains(await ReadsInLogAsync(host, patient.Email), r => r is ("Telemedicine.PracticeAppointments", var actor)
            && actor.Contains("practice", StringComparison.OrdinalIgnoreCase));
    }

    [Theory, BothProviders]
    public async Task An_invited_account_sees_who_read_the_invitation_list_that_names_it(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var invited = await TestAccounts.CreateAsync(host, name: "Ingo Eingeladen");
        var coordinator = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Coordinator, "gera", name: "Gera Koordination");
        using var api = await host.ApiClientAsync(coordinator.Email);
        var sent = await api.PostAsJsonAsync("/api/sites/gera/invitations", new { email = invited.Email, role = "Provider" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        using var pages = await host.PageClientAsync(coordinator.Email);

        Assert.Contains(invited.Email, await pages.GetStringAsync("/standorte/gera/einladungen"), StringComparison.Ordinal);

        Assert.Contains(await ReadsInLogAsync(host, invited.Email), r => r.Kind == "Invitation.List"
            && r.Actor.Contains(coordinator.DisplayName, StringComparison.Ordinal));
    }

    private static async Task<List<(string? Kind, string Actor)>> ReadsInLogAsync(AppHost host, string email)
    {
        using var self = await host.ApiClientAsync(email);
        using var log = JsonDocument.Parse(await self.GetStringAsync("/api/me/audit?pageSize=100"));
        return [.. log.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("action").GetString() == "read")
            .Select(i => (i.GetProperty("dataKind").GetString(), i.GetProperty("actor").GetProperty("displayName").GetString() ?? ""))];
    }
}
