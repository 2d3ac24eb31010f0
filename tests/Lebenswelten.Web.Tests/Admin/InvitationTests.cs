using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Admin;

public sealed class InvitationTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_coordinator_invites_a_provider_who_accepts_once_by_the_mailed_link_and_then_holds_the_role(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = $"eingeladen-{Guid.NewGuid():N}@example.org";
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");

        var invited = await coordinator.PostAsJsonAsync("/api/sites/jena/invitations", new { email, role = "Provider" });

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var link = new Uri(await MailedLinks.NewestAsync(host, email, "/einladung/"));
        using var client = host.Client();
        var form = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("Anbieter", form);
        var accepted = await AcceptAsync(client, link, form, "Neue Anbieterin", AppHost.DemoPassword);
        Assert.Contains("Die Einladung ist angenommen", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()));
        await TestAccounts.SwitchOnDemoAuthenticatorAsync(host, email); // staff log in only with a second factor
        using var invitee = await host.ApiClientAsync(email);
        var me = await invitee.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetProperty("site").GetString() == "jena" && r.GetProperty("role").GetString() == "provider");

        var again = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Diese Einladung wurde schon angenommen", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Theory, BothProviders]
    public async Task An_account_in_use_accepts_only_logged_in_as_itself_and_a_weak_password_for_a_new_one_is_a_form_error(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (_, existing, _) = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Provider, "weimar");
        using var owner = await host.PageClientAsync(existing); // a login: the account is in use
        using var other = await host.PageClientAsync((await TestAccounts.CreateAsync(host)).Email);
        var fresh = $"neu-{Guid.NewGuid():N}@example.org";
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sites/gera/invitations", new { email = existing, role = "Evaluator" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sites/gera/invitations", new { email = fresh, role = "Practice" })).StatusCode);
        var link = new Uri(await MailedLinks.NewestAsync(host, existing, "/einladung/")).PathAndQuery;

        // Whoever has the link but is not logged in is sent to log in first, and back.
        using var stranger = host.Client();
        var shown = WebUtility.HtmlDecode(await stranger.GetStringAsync(link));
        Assert.Contains("Bitte melden Sie sich mit diesem Konto an", shown);
        Assert.DoesNotContain("Input.Password", shown);
        // The page offers no form then; a crafted one (with a token from the login page) gets no further.
        var anonymous = await stranger.PostAsync(link, Forms.Of(await stranger.GetStringAsync("/konto/anmelden")));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/konto/anmelden", new Uri(host.BaseAddress, anonymous.Headers.Location!).AbsolutePath);
        // Logged in as another account: refused, the invitation stays open.
        var otherShown = await other.GetStringAsync(link);
        Assert.Contains("mit einem anderen Konto angemeldet", WebUtility.HtmlDecode(otherShown));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(link, Forms.Of(await other.GetStringAsync("/konto")))).StatusCode);
        Assert.DoesNotContain("gera", await RoleSitesAsync(host, existing));

        var accepted = await owner.PostAsync(link, Forms.Of(await owner.GetStringAsync(link)));
        Assert.Contains("Die Einladung ist angenommen", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()));
        Assert.Equal(["gera", "weimar"], (await RoleSitesAsync(host, existing)).Order());
        // Accepting ended the account's other sessions, not this one.
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/konto")).StatusCode);

        using var client = host.Client();
        var freshLink = new Uri(await MailedLinks.NewestAsync(host, fresh, "/einladung/"));
        var weak = await AcceptAsync(client, freshLink, await client.GetStringAsync(freshLink.PathAndQuery), "", "kurz");
        var html = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("mindestens 12 Zeichen", html);
    }

    [Theory, BothProviders]
    public async Task An_account_nobody_ever_logged_in_to_gets_a_new_password_by_accepting(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var unused = await TestAccounts.CreateAsync(host);
        var stampBefore = (await TestAccounts.FindAsync(host, unused.Id))!.SecurityStamp;
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sites/jena/invitations", new { email = unused.Email, role = "Provider" })).StatusCode);
        var link = new Uri(await MailedLinks.NewestAsync(host, unused.Email, "/einladung/"));
        using var client = host.Client();

        var form = await client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("noch nie jemand angemeldet", WebUtility.HtmlDecode(form));
        // Refused as a whole: the old password stays until a valid new one replaces it.
        var empty = await AcceptAsync(client, link, form, "", "");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(stampBefore, (await TestAccounts.FindAsync(host, unused.Id))!.SecurityStamp);
        var accepted = await AcceptAsync(client, link, form, "Neue Besitzerin", "Ganz-neues-Passwort-2026");

        Assert.Contains("Die Einladung ist angenommen", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()));
        var account = (await TestAccounts.FindAsync(host, unused.Id))!;
        Assert.NotEqual(stampBefore, account.SecurityStamp);
        Assert.Contains("Account.PasswordSetByInvitation", await TestAccounts.AuditKindsAsync(host, unused.Id));
        using var login = host.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await login.PostAsJsonAsync("/api/account/login",
            new { email = unused.Email, password = AppHost.DemoPassword })).StatusCode);
        // A provider now: no token without a second factor, but the new password is right (403, not 401).
        Assert.Equal(HttpStatusCode.Forbidden, (await login.PostAsJsonAsync("/api/account/login",
            new { email = unused.Email, password = "Ganz-neues-Passwort-2026" })).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Unknown_and_expired_links_get_a_German_explanation_never_an_error(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = $"spaet-{Guid.NewGuid():N}@example.org";
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        await admin.PostAsJsonAsync("/api/sites/jena/invitations", new { email, role = "Provider" });
        var link = new Uri(await MailedLinks.NewestAsync(host, email, "/einladung/"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
            var past = DateTimeOffset.UtcNow.AddDays(-1);
            await db.Invitations.Where(i => i.Email == email).ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, past));
        }
        using var client = host.Client();

        var expired = await client.GetAsync(link.PathAndQuery);
        var unknown = await client.GetAsync("/einladung/gibt-es-nicht");
        var hostile = await client.GetAsync("/einladung/" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Diese Einladung ist abgelaufen", WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Diesen Einladungslink kennen wir nicht", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.True((int)hostile.StatusCode is >= 400 and < 500);
    }

    [Theory, BothProviders]
    public async Task A_coordinator_cannot_invite_for_another_site_nor_make_an_administrator(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var coordinator = await host.ApiClientAsync("coordinator@jena.demo");

        var otherSite = await coordinator.PostAsJsonAsync("/api/sites/weimar/invitations", new { email = "x@example.org", role = "Provider" });
        var administrator = await coordinator.PostAsJsonAsync("/api/sites/jena/invitations", new { email = "x@example.org", role = "Administrator" });

        Assert.Equal(HttpStatusCode.Forbidden, otherSite.StatusCode);
        await ProblemAssert.IsProblemAsync(administrator, HttpStatusCode.Forbidden);
    }

    private static async Task<List<string>> RoleSitesAsync(AppHost host, string email)
    {
        var userId = await TestAccounts.IdAsync(host, email);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().SiteRoleAssignments
            .Where(a => a.UserId == userId).Select(a => a.Site!.Slug).ToListAsync();
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, Uri link, string form, string? name, string? password)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(form) };
        if (name is not null)
        {
            fields["Input.DisplayName"] = name;
        }
        if (password is not null)
        {
            fields["Input.Password"] = password;
        }
        return client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(fields));
    }
}
