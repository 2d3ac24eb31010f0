using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>ASVS 5.0 V6.3.1: five wrong passwords lock an account for 15 minutes, on the login page and in the API alike.</summary>
public sealed class LockoutTests(AppHosts hosts)
{
    private const string Password = "Sonnenblume am Fenster";

    [Theory]
    [BothProviders]
    public async Task Five_wrong_passwords_on_the_login_page_lock_the_account(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = await NewUserAsync(host);
        using var client = host.Client();
        var token = Sessions.AntiforgeryToken(await client.GetStringAsync("/konto/anmelden"));

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(client, token, email, "falsch-" + attempt + "-Fenster")).StatusCode);
        }
        var right = await PostFormAsync(client, token, email, Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Das Konto ist für 15 Minuten gesperrt.", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()));
        await AssertLockedForFifteenMinutesAsync(host, email);
    }

    [Theory]
    [BothProviders]
    public async Task Five_wrong_passwords_in_the_api_lock_the_account(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = await NewUserAsync(host);
        using var client = host.Client();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/account/login", new { email, password = "falsch-" + attempt + "-Fenster" });
            await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized);
        }
        var right = await client.PostAsJsonAsync("/api/account/login", new { email, password = Password });

        await ProblemAssert.IsProblemAsync(right, HttpStatusCode.Unauthorized);
        await AssertLockedForFifteenMinutesAsync(host, email);
    }

    [Theory]
    [BothProviders]
    public async Task Five_wrong_passwords_sent_at_the_same_moment_all_count_and_lock_the_account(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = await NewUserAsync(host);
        using var client = host.Client();

        // All five read the account before any of them saves its failure: Identity alone would count some of them only.
        var wrong = await Task.WhenAll(Enumerable.Range(1, 5).Select(attempt =>
            client.PostAsJsonAsync("/api/account/login", new { email, password = "falsch-" + attempt + "-Fenster" })));
        foreach (var response in wrong)
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
        var right = await client.PostAsJsonAsync("/api/account/login", new { email, password = Password });

        await ProblemAssert.IsProblemAsync(right, HttpStatusCode.Unauthorized);
        await AssertLockedForFifteenMinutesAsync(host, email);
    }

    [Theory]
    [BothProviders]
    public async Task Four_wrong_passwords_do_not_lock_and_a_right_one_resets_the_count(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var email = await NewUserAsync(host);
        using var client = host.Client();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostAsJsonAsync("/api/account/login", new { email, password = "falsch-" + attempt + "-Fenster" });
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/login", new { email, password = Password })).StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal(0, await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(email))!));
    }

    [Theory]
    [BothProviders]
    public async Task Signing_up_with_a_common_password_is_refused_with_its_message(DatabaseProvider provider)
    {
        using var client = (await hosts.Get(provider)).Client();
        var token = Sessions.AntiforgeryToken(await client.GetStringAsync("/konto/registrieren"));

        var response = await client.PostAsync("/konto/registrieren", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Neu", ["Input.Email"] = $"neu-{Guid.NewGuid():N}@example.org", ["Input.Password"] = "qwerty123456",
            ["Input.SiteId"] = Guid.Empty.ToString(), ["Input.AcceptsTerms"] = "true", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dieses Passwort ist sehr verbreitet", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A fresh account per test, so no demo account is ever locked for the other tests.</summary>
    private static async Task<string> NewUserAsync(AppHost host) => (await TestAccounts.CreateAsync(host, password: Password)).Email;

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string token, string email, string password) =>
        client.PostAsync("/konto/anmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));

    private static async Task AssertLockedForFifteenMinutesAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True(await users.IsLockedOutAsync(user));
        var until = (await users.GetLockoutEndDateAsync(user))!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(until, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }
}
