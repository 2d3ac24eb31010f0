using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>Logs in the two ways the app offers: a bearer token for the API, the login form for pages.</summary>
public static partial class Sessions
{
    public static async Task<HttpClient> ApiClientAsync(this AppHost host, string? email)
    {
        var client = host.Client();
        if (email is null)
        {
            return client;
        }
        // Staff accounts need the code of the demo authenticator secret; for residents it is ignored.
        var response = await client.PostAsJsonAsync("/api/account/login",
            new { email, password = AppHost.DemoPassword, twoFactorCode = Totp.Demo() });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> PageClientAsync(this AppHost host, string? email)
    {
        var client = host.Client();
        if (email is null)
        {
            return client;
        }
        var form = await client.GetStringAsync("/konto/anmelden");
        var response = await client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AppHost.DemoPassword,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.Contains("/konto/anmelden/code", StringComparison.Ordinal))
        {
            var step = response.Headers.Location.OriginalString;
            var codeForm = await client.GetStringAsync(step);
            response = await client.PostAsync(step, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Demo(),
                ["__RequestVerificationToken"] = AntiforgeryToken(codeForm),
            }));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No antiforgery token in the form.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private sealed record TokenResponse(string AccessToken);
}
