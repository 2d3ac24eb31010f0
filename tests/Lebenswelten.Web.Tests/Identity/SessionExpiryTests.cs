using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>
/// ASVS 5.0 V7.3: a session ends after Identity:IdleTimeoutMinutes (30) without a request and, however active,
/// Identity:AbsoluteLifetimeHours (12) after the login. The app's clock is moved; the cookie and bearer handlers read it.
/// </summary>
[Collection(MovableClockCollection.Name)]
public sealed class SessionExpiryTests(MovableClockHost clockHost)
{
    [Fact]
    public async Task A_browser_session_idle_for_more_than_30_minutes_is_back_at_the_login()
    {
        var host = clockHost.Host;
        var account = await TestAccounts.CreateAsync(host, SiteRole.Coordinator);
        using var page = await host.PageClientAsync(account.Email);

        clockHost.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/konto")).StatusCode);
        clockHost.Clock.Advance(TimeSpan.FromMinutes(31));

        AssertAtLogin(await page.GetAsync("/konto"));
    }

    [Fact]
    public async Task An_active_browser_session_still_ends_12_hours_after_the_login()
    {
        var host = clockHost.Host;
        var account = await TestAccounts.CreateAsync(host, SiteRole.Provider);
        using var page = await host.PageClientAsync(account.Email);

        // A request every 20 minutes keeps the sliding cookie alive ...
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            clockHost.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/konto")).StatusCode);
        }
        // ... until the absolute end.
        clockHost.Clock.Advance(TimeSpan.FromMinutes(40));
        AssertAtLogin(await page.GetAsync("/konto"));
    }

    [Fact]
    public async Task An_access_token_lives_30_minutes_and_a_refresh_token_12_hours()
    {
        var host = clockHost.Host;
        var account = await TestAccounts.CreateAsync(host, SiteRole.Evaluator);
        using var client = host.Client();
        var login = await host.Authenticator.WithCodeAsync(account.Email, code => client.PostAsJsonAsync("/api/account/login",
            new { email = account.Email, password = AppHost.DemoPassword, twoFactorCode = code }));
        using var tokens = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var access = tokens.RootElement.GetProperty("accessToken").GetString();
        var refresh = tokens.RootElement.GetProperty("refreshToken").GetString();
        Assert.Equal(1800, tokens.RootElement.GetProperty("expiresIn").GetInt32());

        clockHost.Clock.Advance(TimeSpan.FromMinutes(31));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Authorization", $"Bearer {access}" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(me)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = refresh })).StatusCode);

        clockHost.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = refresh })).StatusCode);
    }

    [Fact]
    public async Task An_api_client_that_refreshes_in_time_still_logs_in_again_12_hours_after_the_login()
    {
        var host = clockHost.Host;
        var account = await TestAccounts.CreateAsync(host, SiteRole.InsurerOfficer);
        using var client = host.Client();
        var login = await host.Authenticator.WithCodeAsync(account.Email, code => client.PostAsJsonAsync("/api/account/login",
            new { email = account.Email, password = AppHost.DemoPassword, twoFactorCode = code }));
        var (access, refresh) = await TokensAsync(login);

        // Refreshed every 25 minutes, each new pair works ...
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(25))
        {
            clockHost.Clock.Advance(TimeSpan.FromMinutes(25));
            var renewed = await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = refresh });
            Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
            (access, refresh) = await TokensAsync(renewed);
            Assert.Equal(HttpStatusCode.OK, (await MeAsync(client, access)).StatusCode);
        }
        // ... until 12 hours after the login: the last access token stops, and no refresh renews the session.
        clockHost.Clock.Advance(TimeSpan.FromMinutes(25));

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(client, access)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = refresh })).StatusCode);
        // Endpoints that guests may call too go through the same check (issue 15, finding 3): no quiet guest, no account.
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/telemedicine/appointments/{Guid.NewGuid()}")
        {
            Headers = { { "Authorization", $"Bearer {access}" } },
        };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(read)).StatusCode);
    }

    private static async Task<(string Access, string Refresh)> TokensAsync(HttpResponseMessage response)
    {
        using var tokens = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (tokens.RootElement.GetProperty("accessToken").GetString()!, tokens.RootElement.GetProperty("refreshToken").GetString()!);
    }

    private static Task<HttpResponseMessage> MeAsync(HttpClient client, string access) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { { "Authorization", $"Bearer {access}" } } });

    private static void AssertAtLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/anmelden", new Uri(new Uri("http://x"), response.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
    }
}
