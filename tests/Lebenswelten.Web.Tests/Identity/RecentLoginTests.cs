using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Web.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>An app where no login counts as recent (Identity:RecentLoginMinutes=0), so every sensitive action asks again.</summary>
public sealed class StaleLoginHost : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Host = await AppHost.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
    {
        ["Quartz:Enabled"] = "false",
        ["Identity:RecentLoginMinutes"] = "0",
    });

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}

public sealed class RecentLoginTests(StaleLoginHost stale) : IClassFixture<StaleLoginHost>
{
    [Fact]
    public async Task A_page_behind_a_recent_login_asks_for_password_and_code_and_comes_back()
    {
        var host = stale.Host;
        var (email, userId) = await TestAccounts.CreateAsync(host, SiteRole.Resident, demoAuthenticator: true);
        using var page = await host.PageClientAsync(email);
        await TestAccounts.EnableTwoFactorAsync(page);

        var off = await page.PostAsync("/konto/zwei-faktor?handler=Disable", TestAccounts.Form(await page.GetStringAsync("/konto/zwei-faktor")));
        Assert.Equal("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor", off.Headers.Location?.OriginalString);
        var confirm = await page.GetStringAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor");
        Assert.Contains("Input.Code", confirm, StringComparison.Ordinal);

        var wrong = await page.PostAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor",
            TestAccounts.Form(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", "000000x"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var right = await page.PostAsync("/konto/bestaetigen?returnUrl=%2Fkonto%2Fzwei-faktor",
            TestAccounts.Form(confirm, "Input.Password", AppHost.DemoPassword, "Input.Code", Totp.Demo()));

        Assert.Equal("/konto/zwei-faktor", right.Headers.Location?.OriginalString);
        Assert.True((await TestAccounts.FindAsync(host, userId)).TwoFactorEnabled);
        Assert.Contains("Login.Reauthenticated", await TestAccounts.AuditKindsAsync(host, userId));
    }

    [Fact]
    public async Task The_api_answers_a_stale_login_with_a_problem_naming_the_fresh_login()
    {
        using var staff = await stale.Host.ApiClientAsync("coordinator@jena.demo");

        var response = await staff.PostAsJsonAsync("/api/account/manage/2fa", new { resetRecoveryCodes = true });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ReauthenticationRequired", body.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/me")).StatusCode);
    }
}
