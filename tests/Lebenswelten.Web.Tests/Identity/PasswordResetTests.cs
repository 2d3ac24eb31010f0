using System.Net;
using System.Net.Http.Json;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>ASVS 5.0 V6.4: a forgotten password, reset by a mailed single-use link, without telling strangers who has an account.</summary>
public sealed class PasswordResetTests(AppHosts hosts)
{
    private const string NewPassword = "Lindenblüten im Juni";

    [Theory, BothProviders]
    public async Task A_mailed_link_sets_a_new_password_once_and_ends_the_other_sessions(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var account = await TestAccounts.CreateAsync(host, name: "Paula Passwort");
        var unknown = $"niemand-{Guid.NewGuid():N}@example.org";
        using var laptop = await host.PageClientAsync(account.Email);
        using var client = host.Client();

        var known = await RequestAsync(client, account.Email);
        var stranger = await RequestAsync(client, unknown);
        Assert.Equal(MainContent(known), MainContent(stranger));
        Assert.Contains("Wenn es zu dieser Adresse ein Konto gibt", known, StringComparison.Ordinal);

        var link = new Uri(await MailedLinks.NewestAsync(host, account.Email, "/konto/passwort-neu"));
        var form = await client.GetStringAsync(link.PathAndQuery);
        var weak = await client.PostAsync(link.PathAndQuery, Forms.Of(form, "Input.Password", "kurz"));
        Assert.Contains("mindestens 12 Zeichen", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var done = await client.PostAsync(link.PathAndQuery, Forms.Of(form, "Input.Password", NewPassword));
        Assert.Contains("Ihr neues Passwort gilt", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/konto")).StatusCode);
        var again = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("Dieser Link gilt nicht", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var login = await host.Client().PostAsJsonAsync("/api/account/login", new { email = account.Email, password = NewPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(["Account.PasswordResetRequested", "Account.PasswordReset"],
            (await TestAccounts.AuditKindsAsync(host, account.Id)).Where(k => k.StartsWith("Account.Password", StringComparison.Ordinal)));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().OutboxMessages.AnyAsync(m => m.To == unknown));
    }

    [Theory, BothProviders]
    public async Task The_reset_mail_speaks_the_accounts_language_whatever_the_asking_browser_reads(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var account = await TestAccounts.CreateAsync(host, name: "Olena Passwort");
        await TestAccounts.ChooseLanguageAsync(host, account.Email, "uk");

        // Another device, a German page: the account said Ukrainian, so the mail is Ukrainian.
        using var laptop = host.Client();
        await RequestAsync(laptop, account.Email);

        var mail = (await host.Mail.WaitForAsync(m => m.To.ToString().Contains(account.Email, StringComparison.OrdinalIgnoreCase)
            && (m.TextBody ?? "").Contains("/konto/passwort-neu", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30)))[^1];
        Assert.Equal("Новий пароль для Lebenswelten", mail.Subject);
        Assert.StartsWith("Вітаємо, Olena Passwort!", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Посилання діє одну годину", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Bad_links_and_bad_addresses_get_an_explanation_never_an_error(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var account = await TestAccounts.CreateAsync(host);
        using var client = host.Client();

        Assert.Contains("Bitte eine gültige E-Mail-Adresse angeben", WebUtility.HtmlDecode(await RequestAsync(client, "kein-at-zeichen")),
            StringComparison.Ordinal);
        foreach (var query in new[] { "", "?userId=x&token=y", $"?userId={account.Id}&token=falsch",
            $"?userId={new string('9', 5000)}&token=1" })
        {
            var response = await client.GetAsync("/konto/passwort-neu" + query);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var page = await client.GetStringAsync("/konto/passwort-vergessen");
        var forged = await client.PostAsync($"/konto/passwort-neu?userId={account.Id}&token=falsch",
            Forms.Of(page, "Input.Password", NewPassword));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        using var stillOld = await host.PageClientAsync(account.Email);
    }

    [Fact]
    public async Task A_reset_link_lives_one_hour_and_confirmation_links_keep_their_day()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var identity = host.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;

        Assert.Equal(PasswordResetTokenProvider.ProviderName, identity.Tokens.PasswordResetTokenProvider);
        Assert.Equal(TimeSpan.FromHours(1), host.Services.GetRequiredService<IOptions<PasswordResetTokenOptions>>().Value.TokenLifespan);
        Assert.Equal(TimeSpan.FromDays(1),
            host.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }

    private static async Task<string> RequestAsync(HttpClient client, string email)
    {
        var form = await client.GetStringAsync("/konto/passwort-vergessen");
        var response = await client.PostAsync("/konto/passwort-vergessen", Forms.Of(form, "Input.Email", email));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's main content, without the per-request antiforgery token.</summary>
    private static string MainContent(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}
