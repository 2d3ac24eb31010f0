using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lebenswelten.Web.Tests.Identity;

public sealed record HeldRole(string? Site, SiteRole Role, string? Organisation, string? SyncedFrom);

/// <summary>What the database holds about an account that logs in through single sign-on.</summary>
public static class SingleSignOnTestAccounts
{
    public static async Task<AppUser?> FindAsync(AppHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    public static async Task<IReadOnlyList<HeldRole>> RolesAsync(AppHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>().SiteRoleAssignments
            .Where(a => a.UserId == userId)
            .Select(a => new HeldRole(a.Site == null ? null : a.Site.Slug, a.Role, a.Organisation == null ? null : a.Organisation.Name,
                a.SyncedFrom))
            .ToListAsync();
    }

    public static async Task<IReadOnlyList<UserLoginInfo>> LoginsAsync(AppHost host, AppUser user)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return [.. await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetLoginsAsync(user)];
    }

    /// <summary>A role given by a person (not synced), as an administrator would.</summary>
    public static async Task GiveAsync(AppHost host, string userId, string site, SiteRole role)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LebensweltenDbContext>();
        var siteId = await db.Sites.Where(s => s.Slug == site).Select(s => s.Id).FirstAsync();
        db.SiteRoleAssignments.Add(new SiteRoleAssignment { UserId = userId, SiteId = siteId, Role = role });
        await db.SaveChangesAsync();
    }
}
