using System.Net;
using Lebenswelten.Core.Demo;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Admin;

/// <summary>
/// Every demo account (every role at every site, and the administrator) against every administration endpoint:
/// only the administrator gets past authorization, and for invitations to Jena also Jena's coordinator.
/// "Past authorization" means anything but 401/403: the requests name nobody, so allowed calls answer 404 or 422.
/// </summary>
public sealed class AdminAuthorizationTests(AppHosts hosts)
{
    private static readonly (string Method, string Path)[] AdminOnly =
    [
        ("GET", "/api/admin/users"),
        ("POST", "/api/admin/users/nobody/roles"),
        ("DELETE", $"/api/admin/users/nobody/roles/{Guid.Empty}"),
        ("POST", "/api/admin/users/nobody/deactivate"),
        ("POST", "/api/admin/users/nobody/reactivate"),
    ];

    private const string Invite = "/api/sites/jena/invitations";

    [Theory, BothProviders]
    public async Task Only_the_administrator_and_for_invitations_the_sites_own_coordinator_get_through(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var failures = new List<string>();
        foreach (var account in DemoAccounts.All)
        {
            using var client = await host.ApiClientAsync(account.Email);
            var isAdmin = account.Role == SiteRole.Administrator;
            foreach (var (method, path) in AdminOnly)
            {
                Check(failures, account.Email, method, path, await SendAsync(client, method, path), allowed: isAdmin);
            }
            var mayInvite = isAdmin || (account.Role == SiteRole.Coordinator && account.SiteSlug == "jena");
            Check(failures, account.Email, "POST", Invite, await SendAsync(client, "POST", Invite), allowed: mayInvite);
        }
        using var anonymous = host.Client();
        foreach (var (method, path) in AdminOnly.Append(("POST", Invite)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(anonymous, method, path)).StatusCode);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string who, string method, string path, HttpResponseMessage response, bool allowed)
    {
        var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
        if (refused == allowed || (int)response.StatusCode >= 500)
        {
            failures.Add($"{who} {method} {path}: {(int)response.StatusCode}, expected {(allowed ? "allowed" : "refused")}");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return client.SendAsync(request);
    }
}
