using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Admin;

/// <summary>Taking someone's access away asks a reason, tells the person, and says whom it affected (issue 25).</summary>
public sealed class AccountChangeTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task Deactivating_needs_a_reason_which_the_person_is_mailed(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = await TestAccounts.CreateAsync(host, SiteRole.Provider, name: "Karla Deaktiviert");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");

        var without = await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/deactivate", new { reason = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, without.StatusCode);
        Assert.Equal("active", (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/admin/users?search={person.Email}")).GetProperty("items")[0].GetProperty("status").GetString());

        var deactivated = await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/deactivate", new { reason = "Vertrag beendet" });

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var mail = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(person.Email, StringComparison.OrdinalIgnoreCase)
            && (m.Subject ?? "").Contains("deaktiviert", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30));
        Assert.Contains("Vertrag beendet", mail[^1].TextBody);
    }

    [Theory, BothProviders]
    public async Task The_deactivation_mail_speaks_the_persons_language_not_the_administrators(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = await TestAccounts.CreateAsync(host, name: "Olena Deaktiviert");
        await TestAccounts.ChooseLanguageAsync(host, person.Email, "uk");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        admin.DefaultRequestHeaders.Add("Accept-Language", "en");

        var deactivated = await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/deactivate", new { reason = "Umzug" });

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(person.Email, StringComparison.OrdinalIgnoreCase),
            timeout: TimeSpan.FromSeconds(30)))[^1];
        Assert.Equal("Ваш обліковий запис у Lebenswelten деактивовано", mail.Subject);
        Assert.StartsWith("Вітаємо, Olena Deaktiviert!", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Umzug", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task The_administrator_resets_a_lost_second_factor_with_a_reason_audit_and_mail(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = await TestAccounts.CreateAsync(host, SiteRole.Practice);
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        using var coordinator = await host.ApiClientAsync("coordinator@leipzig.demo");

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/admin/users/{person.Id}/reset-two-factor",
            new { reason = "Telefon verloren" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/reset-two-factor", new { reason = "" })).StatusCode);
        var reset = await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/reset-two-factor", new { reason = "Telefon verloren" });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.False((await TestAccounts.FindAsync(host, person.Id))!.TwoFactorEnabled);
        Assert.Contains("Account.TwoFactorReset", await TestAccounts.AuditKindsAsync(host, person.Id));
        var mail = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(person.Email, StringComparison.OrdinalIgnoreCase)
            && (m.TextBody ?? "").Contains("Telefon verloren", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30));
        Assert.Contains("zweiten Faktor", mail[^1].TextBody);
        // Nothing left to reset: a clear answer, not a second mail.
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PostAsJsonAsync($"/api/admin/users/{person.Id}/reset-two-factor", new { reason = "noch einmal" })).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Removing_someone_from_a_site_asks_first_names_the_roles_and_needs_a_reason(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var person = await TestAccounts.CreateAsync(host, SiteRole.Evaluator, "gera", name: "Rolf Entfernt");
        using var coordinator = await host.PageClientAsync("coordinator@gera.demo");
        var page = $"/standorte/gera/team/{person.Id}";

        var asked = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"{page}?bestaetigen=entfernen"));
        Assert.Contains($"Alle Rollen von Rolf Entfernt ({person.Email}) am Standort Gera entfernen?", asked);
        Assert.Contains("<li>Evaluation</li>", asked);

        var noReason = await coordinator.PostAsync($"{page}?handler=RemoveFromSite", Forms.Of(asked, "bestaetigen", "entfernen"));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Bitte ausfüllen.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.Contains("gera", await RoleSitesAsync(host, person.Id));

        var removed = await coordinator.PostAsync($"{page}?handler=RemoveFromSite",
            Forms.Of(asked, "bestaetigen", "entfernen", "Reason", "Projekt beendet"));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await RoleSitesAsync(host, person.Id));
        var team = WebUtility.HtmlDecode(await coordinator.GetStringAsync(removed.Headers.Location!.OriginalString));
        Assert.Contains($"Rolf Entfernt ({person.Email}) hat keine Rolle mehr am Standort Gera", team);
        var mail = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(person.Email, StringComparison.OrdinalIgnoreCase)
            && (m.TextBody ?? "").Contains("Projekt beendet", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30));
        Assert.Contains("Evaluation", mail[^1].TextBody);
    }

    private static async Task<List<string>> RoleSitesAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        return await db.SiteRoleAssignments.Where(a => a.UserId == userId && a.SiteId != null).Select(a => a.Site!.Slug).ToListAsync();
    }
}
