using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>ASVS 5.0 V6.5.1: an authenticator code that let someone in once lets nobody in again, on any path.</summary>
public sealed class TotpReplayTests(AppHosts hosts)
{
    [Theory, BothProviders]
    public async Task A_code_used_on_the_login_page_works_neither_again_there_nor_in_the_api_nor_to_confirm(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var account = await TestAccounts.CreateAsync(host, SiteRole.Coordinator);
        var code = Totp.Code(AppHost.DemoTotpSecret);

        using var first = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await LoginPageAsync(first, account.Email, code)).StatusCode);
        using var second = host.Client();
        var replayed = await LoginPageAsync(second, account.Email, code);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Der Code stimmt nicht", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = host.Client();
        var token = await api.PostAsJsonAsync("/api/account/login", new { email = account.Email, password = AppHost.DemoPassword, twoFactorCode = code });
        await ProblemAssert.IsProblemAsync(token, HttpStatusCode.Unauthorized);

        var confirm = await first.GetStringAsync("/konto/bestaetigen");
        var again = await first.PostAsync("/konto/bestaetigen", Forms.Of(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", code));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Login.SecondFactorFailed", await TestAccounts.AuditKindsAsync(host, account.Id));
        // The next code is fine: the account is not locked, only the used code is spent.
        var next = Totp.CodeAt(AppHost.DemoTotpSecret, Totp.Step(DateTimeOffset.UtcNow) + 1);
        var fresh = await first.PostAsync("/konto/bestaetigen", Forms.Of(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", next));
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Theory, BothProviders]
    public async Task Of_parallel_api_logins_with_one_code_exactly_one_gets_a_token(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var account = await TestAccounts.CreateAsync(host, SiteRole.Provider);
        var code = Totp.Code(AppHost.DemoTotpSecret);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = host.Client();
            return (await client.PostAsJsonAsync("/api/account/login",
                new { email = account.Email, password = AppHost.DemoPassword, twoFactorCode = code })).StatusCode;
        }));

        Assert.True(answers.Count(s => s == HttpStatusCode.OK) == 1 && answers.Count(s => s == HttpStatusCode.Unauthorized) == 7,
            string.Join(", ", answers) + string.Join("\n", host.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(2)));
    }

    private static async Task<HttpResponseMessage> LoginPageAsync(HttpClient client, string email, string code)
    {
        var login = await client.PostAsync("/konto/anmelden", Forms.Of(await client.GetStringAsync("/konto/anmelden"),
            "Input.Email", email, "Input.Password", AppHost.DemoPassword));
        var step = login.Headers.Location!.OriginalString;
        Assert.StartsWith("/konto/anmelden/code", step, StringComparison.Ordinal);
        return await client.PostAsync(step, Forms.Of(await client.GetStringAsync(step), "Input.Code", code));
    }
}
