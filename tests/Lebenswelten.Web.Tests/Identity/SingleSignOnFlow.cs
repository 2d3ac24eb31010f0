using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.TestIdentityProvider;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>
/// Logs in through single sign-on the way a browser does, over real HTTP: the app's login page, the provider's
/// login form, the redirects back (cookies kept by the client), up to where the app sends the person.
/// </summary>
public static partial class SingleSignOnFlow
{
    public const string Password = "Idp-Passwort-2026";

    /// <summary>A new person at the test provider, with an address and a subject of their own.</summary>
    public static TestUser NewUser(TestIdentityProvider.TestIdentityProvider provider, string[] groups, bool mfa = false,
        bool emailVerified = true, string? email = null)
    {
        var id = Guid.NewGuid().ToString("N");
        return provider.Users.Put(new TestUser($"person-{id}", Password, $"subject-{id}")
        {
            Email = email ?? $"sso-{id}@example.org", EmailVerified = emailVerified, Name = "Sam SSO", Groups = groups,
            Amr = mfa ? ["pwd", "mfa"] : ["pwd"],
        });
    }

    /// <summary>The provider's authorization address the app's login button leads to.</summary>
    public static async Task<Uri> StartAsync(HttpClient client, string providerName, string? returnUrl = null)
    {
        var login = await client.GetStringAsync("/konto/anmelden");
        var start = await client.PostAsync("/konto/anmelden/dienstkonto", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(login), ["Provider"] = providerName, ["ReturnUrl"] = returnUrl ?? "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        return start.Headers.Location!;
    }

    /// <summary>Fills in the provider's form at that address; returns the provider's answer (a redirect back to the app).</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, Uri authorization, TestUser user)
    {
        var page = await client.GetAsync(authorization);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var fields = HiddenField().Matches(await page.Content.ReadAsStringAsync())
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["login_name"] = user.UserName;
        fields["login_password"] = user.Password;
        return await client.PostAsync(new Uri(authorization, "/connect/authorize"), new FormUrlEncodedContent(fields));
    }

    /// <summary>Follows the app's redirects until it says where the person goes next, e.g. "/konto" or the error page.</summary>
    public static async Task<string> FollowBackAsync(HttpClient client, HttpResponseMessage answer)
    {
        var response = answer;
        while (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next
            && (next.OriginalString.Contains("/signin-oidc/", StringComparison.Ordinal)
                || next.OriginalString.Contains("/dienstkonto/zurueck", StringComparison.Ordinal)))
        {
            response = await client.GetAsync(next);
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<string> LogInAsync(HttpClient client, string providerName, TestUser user, string? returnUrl = null) =>
        await FollowBackAsync(client, await AnswerAsync(client, await StartAsync(client, providerName, returnUrl), user));

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
