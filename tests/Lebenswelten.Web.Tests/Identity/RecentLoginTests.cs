using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>
/// Sensitive actions (second factor off, recovery codes, export, erasure, role and status changes) need a login
/// within Identity:RecentLoginMinutes (10): the tests log in, move the app's clock past that, and try.
/// </summary>
[Collection(MovableClockCollection.Name)]
public sealed class RecentLoginTests(MovableClockHost clockHost)
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(11);

    [Fact]
    public async Task A_page_behind_a_recent_login_asks_for_password_and_code_and_comes_back()
    {
        var host = clockHost.Host;
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident, secondFactor: SecondFactor.KeyOnly);
        using var page = await host.PageClientAsync(email);
        await TwoFactorPage.SwitchOnAsync(host, email, page);
        clockHost.Clock.Advance(Stale);

        var off = await page.PostAsync("/konto/zwei-faktor?handler=Disable", Forms.Of(await page.GetStringAsync("/konto/zwei-faktor")));
        Assert.Equal("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor", off.Headers.Location?.OriginalString);
        var confirm = await page.GetStringAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor");
        Assert.Contains("Input.Code", confirm, StringComparison.Ordinal);

        var wrong = await page.PostAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor",
            Forms.Of(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", "000000x"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var right = await host.Authenticator.WithCodeAsync(email, code =>
            page.PostAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor",
            Forms.Of(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", code)));

        Assert.Equal("/konto/zwei-faktor", right.Headers.Location?.OriginalString);
        Assert.True((await TestAccounts.FindAsync(host, userId))!.TwoFactorEnabled);
        Assert.Contains("Login.Reauthenticated", await TestAccounts.AuditKindsAsync(host, userId));
    }

    [Fact]
    public async Task Export_erasure_and_role_changes_on_the_pages_send_a_stale_login_to_confirm_and_change_nothing()
    {
        var host = clockHost.Host;
        var resident = await TestAccounts.CreateAsync(host);
        var admin = await TestAccounts.CreateAsync(host, SiteRole.Administrator);
        var person = await TestAccounts.CreateAsync(host, SiteRole.Provider);
        using var residentPage = await host.PageClientAsync(resident.Email);
        using var adminPage = await host.PageClientAsync(admin.Email);
        var myData = await residentPage.GetStringAsync("/konto/daten");
        var userPage = await adminPage.GetStringAsync($"/admin/benutzer/{person.Id}");
        clockHost.Clock.Advance(Stale);

        var export = await residentPage.PostAsync("/konto/daten?handler=Export", Forms.Of(myData, "Export.Format", "json"));
        var erase = await residentPage.PostAsync("/konto/daten?handler=Erase", Forms.Of(myData, "Erase.Confirm", "true"));
        var deactivate = await adminPage.PostAsync($"/admin/benutzer/{person.Id}?handler=Deactivate", Forms.Of(userPage));

        Assert.Equal("/konto/bestaetigen?returnUrl=%2Fkonto%2Fdaten", export.Headers.Location?.OriginalString);
        Assert.Equal("/konto/bestaetigen?returnUrl=%2Fkonto%2Fdaten", erase.Headers.Location?.OriginalString);
        Assert.Equal($"/konto/bestaetigen?returnUrl=%2Fadmin%2Fbenutzer%2F{person.Id}", deactivate.Headers.Location?.OriginalString);
        Assert.NotNull(await TestAccounts.FindAsync(host, resident.Id));
        Assert.Null((await TestAccounts.FindAsync(host, person.Id))!.LockoutEnd);
        // Reading stays possible: only the changes ask again.
        Assert.Equal(HttpStatusCode.OK, (await adminPage.GetAsync($"/admin/benutzer/{person.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_api_answers_a_stale_login_with_a_problem_naming_the_fresh_login()
    {
        var host = clockHost.Host;
        var admin = await TestAccounts.CreateAsync(host, SiteRole.Administrator);
        var resident = await TestAccounts.CreateAsync(host);
        using var staff = await host.ApiClientAsync(admin.Email);
        using var self = await host.ApiClientAsync(resident.Email);
        clockHost.Clock.Advance(Stale);

        foreach (var response in new[]
        {
            await staff.PostAsJsonAsync("/api/account/manage/2fa", new { resetRecoveryCodes = true }),
            await staff.PostAsJsonAsync($"/api/admin/users/{resident.Id}/roles", new { site = "gera", role = "Evaluator" }),
            await staff.PostAsync($"/api/admin/users/{resident.Id}/deactivate", null),
            await self.PostAsync("/api/me/export", null),
            await self.PostAsJsonAsync("/api/me/erasure", new { confirm = true }),
        })
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("ReauthenticationRequired", body.RootElement.GetProperty("code").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/me")).StatusCode);
        Assert.NotNull(await TestAccounts.FindAsync(host, resident.Id));
    }

    [Fact]
    public async Task Accepting_an_invitation_for_an_account_in_use_needs_a_recent_login_with_the_code()
    {
        var host = clockHost.Host;
        var person = await TestAccounts.CreateAsync(host, SiteRole.Provider);
        var admin = await TestAccounts.CreateAsync(host, SiteRole.Administrator);
        using var adminApi = await host.ApiClientAsync(admin.Email);
        Assert.Equal(HttpStatusCode.Created, (await adminApi.PostAsJsonAsync("/api/sites/jena/invitations",
            new { email = person.Email, role = "Evaluator" })).StatusCode);
        var link = new Uri(await MailedLinks.InOutboxAsync(host, person.Email, "/einladung/")).AbsolutePath;
        using var page = await host.PageClientAsync(person.Email);
        var shown = await page.GetStringAsync(link);
        clockHost.Clock.Advance(Stale);

        var stale = await page.PostAsync(link, Forms.Of(shown));

        var confirmAt = $"/konto/bestaetigen?returnUrl={Uri.EscapeDataString(link)}";
        Assert.Equal(confirmAt, stale.Headers.Location?.OriginalString);
        Assert.DoesNotContain(await SingleSignOnTestAccounts.RolesAsync(host, person.Id), r => r.Site == "jena");
        var confirm = await page.GetStringAsync(confirmAt);
        var confirmed = await host.Authenticator.WithCodeAsync(person.Email, code => page.PostAsync(confirmAt,
            Forms.Of(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", code)));
        Assert.Equal(link, confirmed.Headers.Location?.OriginalString);
        var accepted = await page.PostAsync(link, Forms.Of(await page.GetStringAsync(link)));
        Assert.Contains("Die Einladung ist angenommen", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()));
        Assert.Contains(await SingleSignOnTestAccounts.RolesAsync(host, person.Id), r => r is { Site: "jena", Role: SiteRole.Evaluator });
    }
}
