using System.Text.RegularExpressions;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Privacy;
using Lebenswelten.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Admin;

/// <summary>Fresh accounts per test, so that no test deactivates or re-roles a demo account another test needs.</summary>
public static partial class AdminTestKit
{
    public const string Password = AppHost.DemoPassword;

    public static async Task<(string Id, string Email)> NewUserAsync(AppHost host, string site = "jena", SiteRole role = SiteRole.Provider)
    {
        var email = $"person-{Guid.NewGuid():N}@example.org";
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Testperson" };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var siteId = (await db.Sites.SingleAsync(s => s.Slug == site)).Id;
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = user.Id, SiteId = siteId, Role = role });
        await db.SaveChangesAsync();
        await DemoAuthenticator.EnableAsync(host, email);
        return (user.Id, email);
    }

    public static async Task<List<AuditEntry>> AuditAboutAsync(AppHost host, string subjectUserId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.SubjectUserId == subjectUserId).ToListAsync();
    }

    public static async Task<string> UserIdAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>The first link of the given path in the newest mail to the address.</summary>
    public static async Task<string> MailedLinkAsync(AppHost host, string to, string path)
    {
        var mails = await host.Mail.WaitForAsync(m => m.To.ToString().Contains(to, StringComparison.OrdinalIgnoreCase)
            && (m.TextBody ?? "").Contains(path, StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30));
        return Link().Matches(mails[^1].TextBody ?? "").Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
