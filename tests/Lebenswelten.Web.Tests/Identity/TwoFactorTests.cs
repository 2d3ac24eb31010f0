using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>Staff reach personal data only with a second factor; residents may choose it.</summary>
public sealed class TwoFactorTests(AppHosts hosts)
{
    private const string StaffPage = $"/verwaltung/{TestAccounts.DefaultSite}/angebote";

    [Theory]
    [BothProviders]
    public async Task A_staff_login_through_the_api_names_the_missing_code_and_refuses_a_wrong_one(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (_, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Coordinator, secondFactor: SecondFactor.KeyOnly);
        using (var page = await host.PageClientAsync(email))
        {
            await TwoFactorPage.SwitchOnAsync(host, email, page);
        }
        using var client = host.Client();

        var without = await client.PostAsJsonAsync("/api/account/login", new { email, password = AppHost.DemoPassword });
        var wrong = await client.PostAsJsonAsync("/api/account/login", new { email, password = AppHost.DemoPassword, twoFactorCode = "12345" });
        var right = await host.Authenticator.WithCodeAsync(email, code =>
            client.PostAsJsonAsync("/api/account/login", new { email, password = AppHost.DemoPassword, twoFactorCode = code }));

        await ProblemAssert.IsProblemAsync(without, HttpStatusCode.Unauthorized);
        Assert.Equal("TwoFactorCodeRequired", await CodeAsync(without));
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Staff_without_a_second_factor_get_no_token_and_see_nothing_before_setting_it_up(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Coordinator, secondFactor: SecondFactor.KeyOnly);
        using var api = host.Client();

        var refused = await api.PostAsJsonAsync("/api/account/login", new { email, password = AppHost.DemoPassword });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal("TwoFactorSetupRequired", await CodeAsync(refused));

        using var page = await host.PageClientAsync(email);
        var blocked = await page.GetAsync(StaffPage);
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/konto/zwei-faktor?returnUrl=", blocked.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var setUpResponse = await page.GetAsync("/konto/zwei-faktor");
        Assert.True(setUpResponse.Headers.CacheControl?.NoStore, "the key must not be cached");
        var setUp = await setUpResponse.Content.ReadAsStringAsync();
        Assert.Contains("src=\"data:image/png;base64,", setUp, StringComparison.Ordinal);
        Assert.Contains(string.Join(' ', AppHost.DemoTotpSecret.Chunk(4).Select(c => new string(c))), setUp, StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/", setUp, StringComparison.Ordinal);

        var codes = await TwoFactorPage.SwitchOnAsync(host, email, page);

        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync(StaffPage)).StatusCode);
        Assert.True((await TestAccounts.FindAsync(host, userId))!.TwoFactorEnabled);
        using var token = await host.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/me")).StatusCode);
        Assert.Equal(["Login.Succeeded", "Account.TwoFactorEnabled", "Login.Succeeded"], await TestAccounts.AuditKindsAsync(host, userId));
    }

    [Theory]
    [BothProviders]
    public async Task A_recovery_code_logs_in_once(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Provider, secondFactor: SecondFactor.KeyOnly);
        IReadOnlyList<string> codes;
        using (var page = await host.PageClientAsync(email))
        {
            codes = await TwoFactorPage.SwitchOnAsync(host, email, page);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(host, email, codes[0])).StatusCode);
        var again = await SecondStepAsync(host, email, codes[0]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Der Code stimmt nicht", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var client = host.Client();
        var api = await client.PostAsJsonAsync("/api/account/login",
            new { email, password = AppHost.DemoPassword, twoFactorRecoveryCode = codes[1] });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("Login.SecondFactorFailed", await TestAccounts.AuditKindsAsync(host, userId));
    }

    [Theory]
    [BothProviders]
    public async Task Staff_cannot_switch_the_second_factor_off_residents_can(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var staff = await host.ApiClientAsync("provider@jena.demo");
        var refused = await staff.PostAsJsonAsync("/api/account/manage/2fa", new { enable = false });
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal("TwoFactorRequiredForStaff", await CodeAsync(refused));

        var (userId, email, _) = await TestAccounts.CreateAsync(host, SiteRole.Resident, secondFactor: SecondFactor.KeyOnly);
        using var page = await host.PageClientAsync(email);
        Assert.Equal(10, (await TwoFactorPage.SwitchOnAsync(host, email, page)).Count);
        var settings = await page.GetStringAsync("/konto/zwei-faktor");
        var off = await page.PostAsync("/konto/zwei-faktor?handler=Disable", Forms.Of(settings));

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await TestAccounts.FindAsync(host, userId))!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/konto")).StatusCode);
        Assert.Contains("Account.TwoFactorDisabled", await TestAccounts.AuditKindsAsync(host, userId));
    }

    private static async Task<HttpResponseMessage> SecondStepAsync(AppHost host, string email, string code)
    {
        var client = host.Client();
        var login = await client.PostAsync("/konto/anmelden", Forms.Of(await client.GetStringAsync("/konto/anmelden"),
            "Input.Email", email, "Input.Password", AppHost.DemoPassword));
        var step = login.Headers.Location!.OriginalString;
        Assert.StartsWith("/konto/anmelden/code", step, StringComparison.Ordinal);
        return await client.PostAsync(step, Forms.Of(await client.GetStringAsync(step), "Input.Code", code));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("code").GetString();
    }
}
