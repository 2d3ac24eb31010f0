using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Lebenswelten.Web.Tests.ScaleOut;

/// <summary>
/// A load balancer may send each request to another node: a login, a bearer token and a form's antiforgery token
/// issued by one node must hold on the other. They do because the data-protection keys live in the database
/// (<c>Hosting/DataProtectionKeys</c>), not in a node's memory or folder.
/// </summary>
public sealed class SharedSessionTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_login_on_node_A_is_accepted_on_node_B()
    {
        var account = await TestAccounts.CreateAsync(nodes.A);
        // One cookie jar for both nodes, as a browser behind one address has: cookies do not depend on the port.
        var cookies = new CookieContainer();
        using var onA = Client(nodes.A, cookies);
        using var onB = Client(nodes.B, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/konto")).StatusCode);

        var form = await onA.GetStringAsync("/konto/anmelden");
        var login = await onA.PostAsync("/konto/anmelden", Forms.Of(form, "Input.Email", account.Email, "Input.Password", AppHost.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task A_form_served_by_node_A_is_accepted_by_node_B()
    {
        var account = await TestAccounts.CreateAsync(nodes.A);
        var cookies = new CookieContainer();
        using var onA = Client(nodes.A, cookies);
        using var onB = Client(nodes.B, cookies);

        // The antiforgery cookie and the form's token both come from A; B must read them (a failed check is 400).
        var form = await onA.GetStringAsync("/konto/anmelden");
        var login = await onB.PostAsync("/konto/anmelden", Forms.Of(form, "Input.Email", account.Email, "Input.Password", AppHost.DemoPassword));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.DoesNotContain("/konto/anmelden", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_from_node_B_is_accepted_on_node_A()
    {
        var account = await TestAccounts.CreateAsync(nodes.A);
        using var onB = nodes.B.Client();
        var login = await onB.PostAsJsonAsync("/api/account/login", new { email = account.Email, password = AppHost.DemoPassword });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        var token = (await login.Content.ReadFromJsonAsync<Json.Token>())!.AccessToken;

        using var onA = nodes.A.Client();
        onA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/me/registrations")).StatusCode);
    }

    private static HttpClient Client(AppHost node, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = node.BaseAddress };

    private static class Json
    {
        public sealed record Token(string AccessToken);
    }
}
