using System.Net;
using System.Text.RegularExpressions;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Identity;

/// <summary>
/// A test's own account at Leipzig (tests count the demo members of Jena) with the demo password (so Sessions can log it in), so that switching its
/// second factor or logging it out everywhere never disturbs the shared demo accounts of other tests.
/// </summary>
public static partial class TestAccounts
{
    public const string Site = "leipzig";

    public static async Task<(string Email, string UserId)> CreateAsync(AppHost host, SiteRole role, bool demoAuthenticator = false)
    {
        var email = $"{role.ShortName()}-{Guid.NewGuid():N}@example.org";
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var site = (await scope.ServiceProvider.GetRequiredService<SiteDirectory>().FindAsync(Site))!;
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}" };
        user.SiteRoles.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = site.Id, Role = role });
        Assert.True((await users.CreateAsync(user, AppHost.DemoPassword)).Succeeded);
        if (demoAuthenticator)
        {
            // The key the 2FA page would show; the tests' authenticator computes codes for it.
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AppHost.DemoTotpSecret);
        }
        return (email, user.Id);
    }

    public static async Task<AppUser> FindAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId))!;
    }

    public static async Task<IReadOnlyList<string>> AuditKindsAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().AuditEntries
            .Where(e => e.SubjectUserId == userId).OrderBy(e => e.Id).Select(e => e.DataKind).ToListAsync();
    }

    /// <summary>Switches the second factor on through the page, as the person would; returns the recovery codes shown.</summary>
    public static async Task<IReadOnlyList<string>> EnableTwoFactorAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/konto/zwei-faktor");
        var response = await client.PostAsync("/konto/zwei-faktor?handler=Enable", Form(page, ["Code", Totp.Demo()]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. RecoveryCode().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value)];
    }

    public static FormUrlEncodedContent Form(string pageWithForm, params string[] fields)
    {
        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = Sessions.AntiforgeryToken(pageWithForm) };
        for (var i = 0; i < fields.Length; i += 2)
        {
            values[fields[i]] = fields[i + 1];
        }
        return new FormUrlEncodedContent(values);
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
