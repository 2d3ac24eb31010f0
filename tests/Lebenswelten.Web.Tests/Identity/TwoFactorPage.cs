using System.Net;
using System.Text.RegularExpressions;

namespace Lebenswelten.Web.Tests.Identity;

public static partial class TwoFactorPage
{
    /// <summary>Switches the second factor on through the page, as the person would; returns the recovery codes shown.</summary>
    public static async Task<IReadOnlyList<string>> SwitchOnAsync(AppHost host, string email, HttpClient client)
    {
        var page = await client.GetStringAsync("/konto/zwei-faktor");
        var response = await host.Authenticator.WithCodeAsync(email, code =>
            client.PostAsync("/konto/zwei-faktor?handler=Enable", Forms.Of(page, "Code", code)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. RecoveryCode().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
