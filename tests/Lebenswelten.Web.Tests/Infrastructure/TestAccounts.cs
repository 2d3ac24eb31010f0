using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Infrastructure;

/// <summary>How far a test account's second factor is set up.</summary>
public enum SecondFactor
{
    /// <summary>No authenticator key: what a new account has.</summary>
    None,
    /// <summary>The demo authenticator's key is stored (as the set-up page would show it), but not switched on yet.</summary>
    KeyOnly,
    /// <summary>The demo authenticator is switched on: the account logs in with its codes.</summary>
    On,
}

/// <summary>An account of a test's own; <see cref="Sessions"/> logs it in with the demo password and authenticator.</summary>
public sealed record TestAccount(string Id, string Email, string DisplayName);

/// <summary>
/// The one builder for test accounts: a test that deactivates, erases, re-roles or logs out an account (or
/// switches its second factor) uses its own, never a shared demo account. Staff get the demo authenticator
/// switched on unless the test says otherwise; without a role the account is a plain resident.
/// </summary>
public static class TestAccounts
{
    /// <summary>Tests count the demo members of Jena, so accounts with a role live at Leipzig unless a test needs another site.</summary>
    public const string DefaultSite = "leipzig";

    public static async Task<TestAccount> CreateAsync(AppHost host, SiteRole? role = null, string site = DefaultSite,
        string name = "Testperson", SecondFactor? secondFactor = null, Guid? organisationId = null, string password = AppHost.DemoPassword)
    {
        var email = $"{role?.ShortName() ?? "person"}-{Guid.NewGuid():N}@example.org";
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        if (role is { } held)
        {
            var siteId = held == SiteRole.Administrator ? (Guid?)null
                : (await scope.ServiceProvider.GetRequiredService<SiteDirectory>().FindAsync(site))!.Id;
            user.SiteRoles.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId, Role = held, OrganisationId = organisationId });
        }
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Code)));
        var factor = secondFactor ?? (role is { } r && SiteRoles.Staff.Contains(r) ? SecondFactor.On : SecondFactor.None);
        if (factor != SecondFactor.None)
        {
            await SetUpDemoAuthenticatorAsync(users, user, switchOn: factor == SecondFactor.On);
        }
        return new TestAccount(user.Id, email, name);
    }

    /// <summary>Staff log in to nothing without a second factor: an account made another way (invitation) gets the demo one.</summary>
    /// <summary>The person signs in and chooses a language on their account page, which keeps it in the account (issue 23).</summary>
    public static async Task ChooseLanguageAsync(AppHost host, string email, string culture)
    {
        using var phone = await host.PageClientAsync(email);
        Assert.Contains($"<html lang=\"{culture}\"", await phone.GetStringAsync($"/konto?culture={culture}"));
    }

    public static async Task SwitchOnDemoAuthenticatorAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await SetUpDemoAuthenticatorAsync(users, (await users.FindByEmailAsync(email))!, switchOn: true);
    }

    public static async Task<AppUser?> FindAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId);
    }

    public static async Task<string> IdAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Every audit line with the account as subject, oldest first.</summary>
    public static async Task<List<AuditEntry>> AuditAboutAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.SubjectUserId == userId).OrderBy(e => e.Id).ToListAsync();
    }

    public static async Task<IReadOnlyList<string>> AuditKindsAsync(AppHost host, string userId) =>
        [.. (await AuditAboutAsync(host, userId)).Select(e => e.DataKind)];

    private static async Task SetUpDemoAuthenticatorAsync(UserManager<AppUser> users, AppUser user, bool switchOn)
    {
        // The key the set-up page would show; the tests' authenticator (Totp) computes codes for it.
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AppHost.DemoTotpSecret);
        if (switchOn)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
        }
    }
}
