using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Demo;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>
/// Logs in the two ways the app offers: a bearer token for the API, the login form for pages. The shared demo
/// accounts log in once per host and kind for a few minutes (well inside the recent-login window) and every client
/// gets a copy of that session: hashing passwords is slow, and each staff login spends an authenticator step.
/// Own accounts (<see cref="TestAccounts"/>) always log in afresh.
/// </summary>
public static partial class Sessions
{
    private static readonly TimeSpan Reuse = TimeSpan.FromMinutes(4);
    private static readonly ConcurrentDictionary<(AppHost, string, bool), Lazy<Task<(DateTimeOffset At, string[] Secrets)>>> Shared = new();

    public static async Task<HttpClient> ApiClientAsync(this AppHost host, string? email)
    {
        var client = host.Client();
        if (email is not null)
        {
            var token = (await LoginAsync(host, email, api: true))[0];
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public static async Task<HttpClient> PageClientAsync(this AppHost host, string? email)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        if (email is not null)
        {
            var cookies = await LoginAsync(host, email, api: false);
            for (var i = 0; i < cookies.Length; i += 2)
            {
                handler.CookieContainer.Add(host.BaseAddress, new Cookie(cookies[i], cookies[i + 1], "/"));
            }
        }
        return new HttpClient(handler) { BaseAddress = host.BaseAddress };
    }

    /// <summary>The bearer token, or the session cookies as name, value, name, value …</summary>
    private static async Task<string[]> LoginAsync(AppHost host, string email, bool api)
    {
        if (!DemoAccounts.All.Any(a => a.Email == email))
        {
            return api ? [await ApiLoginAsync(host, email)] : await PageLoginAsync(host, email);
        }
        var key = (host, email, api);
        while (true)
        {
            var entry = Shared.GetOrAdd(key, _ => new(async () =>
                (DateTimeOffset.UtcNow, api ? [await ApiLoginAsync(host, email)] : await PageLoginAsync(host, email))));
            var (at, secrets) = await entry.Value;
            if (DateTimeOffset.UtcNow - at < Reuse)
            {
                return secrets;
            }
            Shared.TryRemove(new KeyValuePair<(AppHost, string, bool), Lazy<Task<(DateTimeOffset, string[])>>>(key, entry));
        }
    }

    private static async Task<string> ApiLoginAsync(AppHost host, string email)
    {
        using var client = host.Client();
        // Staff accounts need a code of the demo authenticator; for accounts without one it is ignored.
        var response = await host.Authenticator.WithCodeAsync(email, code => client.PostAsJsonAsync("/api/account/login",
            new { email, password = AppHost.DemoPassword, twoFactorCode = code }));
        Assert.True(response.IsSuccessStatusCode, $"API login of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private static async Task<string[]> PageLoginAsync(AppHost host, string email)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = host.BaseAddress };
        var form = await client.GetStringAsync("/konto/anmelden");
        var response = await client.PostAsync("/konto/anmelden", Forms.Of(form, "Input.Email", email, "Input.Password", AppHost.DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.Contains("/konto/anmelden/code", StringComparison.Ordinal))
        {
            var step = response.Headers.Location.OriginalString;
            var codeForm = await client.GetStringAsync(step);
            response = await host.Authenticator.WithCodeAsync(email, code => client.PostAsync(step, Forms.Of(codeForm, "Input.Code", code)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        // The login cookie (Identity may split it into chunks); the antiforgery cookie belongs to each client itself.
        return [.. cookies.GetAllCookies().Where(c => c.Name.StartsWith("lw.auth", StringComparison.Ordinal)).SelectMany(c => new[] { c.Name, c.Value })];
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No antiforgery token in the form.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed record TokenResponse(string AccessToken);
}
