using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Admin;

public sealed class AdminApiTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task The_administrator_finds_a_person_by_name_or_address_filtered_by_site_and_role_and_the_read_is_audited(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (id, email, _) = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Practice, "weimar");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");

        var found = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/admin/users?search={email[..20].ToUpperInvariant()}&site=weimar&role=practice");
        var elsewhere = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?search={email[..20]}&site=jena");

        var user = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("active", user.GetProperty("status").GetString());
        Assert.True(user.GetProperty("twoFactorEnabled").GetBoolean()); // test staff get the demo authenticator
        Assert.Equal("weimar", user.GetProperty("roles")[0].GetProperty("site").GetString());
        Assert.Equal((1, 1, 0, 0), (found.GetProperty("total").GetInt32(), found.GetProperty("pageCount").GetInt32(),
            elsewhere.GetProperty("total").GetInt32(), elsewhere.GetProperty("pageCount").GetInt32()));
        Assert.Contains(await TestAccounts.AuditAboutAsync(host, id), e => e.Action == AuditAction.Read && e.DataKind == "Admin.Users");
    }

    [Theory, BothProviders]
    public async Task The_administrator_adds_and_removes_a_role_and_each_change_is_audited_with_the_person_as_subject(
        DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (id, email, _) = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Provider, "jena");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");

        var added = await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles", new { site = "gera", role = "Evaluator" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var roleId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles",
            new { site = "gera", role = "Evaluator" }), HttpStatusCode.Conflict);
        using (var person = await host.ApiClientAsync(email))
        {
            var me = await person.GetFromJsonAsync<JsonElement>("/api/me");
            Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetProperty("site").GetString() == "gera");
        }
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/users/{id}/roles/{roleId}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/api/admin/users/{id}/roles/{roleId}"), HttpStatusCode.NotFound);
        Assert.Equal(2, (await TestAccounts.AuditAboutAsync(host, id)).Count(e => e.Action == AuditAction.RoleChange));
    }

    [Theory, BothProviders]
    public async Task A_deactivated_person_can_log_in_neither_on_the_page_nor_in_the_api_until_reactivated(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (id, email, _) = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Provider, "jena");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");
        using var before = await host.ApiClientAsync(email);

        var deactivated = await admin.PostAsJsonAsync($"/api/admin/users/{id}/deactivate", new { reason = "Vertrag beendet" });

        Assert.Equal("deactivated", (await deactivated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        using var client = host.Client();
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/account/login",
            new { email, password = AppHost.DemoPassword }), HttpStatusCode.Unauthorized);
        var token = Sessions.AntiforgeryToken(await client.GetStringAsync("/konto/anmelden"));
        var page = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = AppHost.DemoPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(await TestAccounts.AuditAboutAsync(host, id), e => e.DataKind == "Account.Deactivated");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{id}/reactivate", null)).StatusCode);
        using var after = await host.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/me")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task Wrong_requests_get_problem_answers(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (id, _, _) = await TestAccounts.CreateAsync(host, Core.Identity.SiteRole.Provider, "jena");
        var adminId = await TestAccounts.IdAsync(host, "admin@lebenswelten.demo");
        using var admin = await host.ApiClientAsync("admin@lebenswelten.demo");

        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/admin/users?site=atlantis"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/admin/users?role=king"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/admin/users?page=0"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/admin/users?page=abc"), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await admin.PostAsync("/api/admin/users/nobody/deactivate", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"/api/admin/users/{adminId}/deactivate", null), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles", new { site = "jena" }),
            HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles", new { role = "Provider" }),
            HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles",
            new { site = "jena", role = "Administrator" }), HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles",
            new { site = "jena", role = "Provider", organisationId = Guid.NewGuid() }), HttpStatusCode.UnprocessableEntity);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/admin/users/{id}/roles",
            new { site = "jena", role = "Bogus" }), HttpStatusCode.BadRequest);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("/api/sites/jena/invitations",
            new { email = "kein-at", role = "Provider" }), HttpStatusCode.UnprocessableEntity);
    }
}
