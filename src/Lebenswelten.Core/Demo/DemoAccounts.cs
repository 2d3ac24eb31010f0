using Lebenswelten.Core.Identity;

namespace Lebenswelten.Core.Demo;

public sealed record DemoAccount(string Email, SiteRole Role, string? SiteSlug);

/// <summary>One demo account per role per site (<c>role@site.demo</c>) and one administrator.</summary>
public static class DemoAccounts
{
    public const string AdminEmail = "admin@lebenswelten.demo";

    public static IReadOnlyList<SiteRole> SiteRolesWithAccounts { get; } =
        Enum.GetValues<SiteRole>().Where(r => r != SiteRole.Administrator).ToList();

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        .. DemoSites.All.SelectMany(site => SiteRolesWithAccounts.Select(role =>
            new DemoAccount($"{role.ShortName()}@{site.Slug}.demo", role, site.Slug))),
        new DemoAccount(AdminEmail, SiteRole.Administrator, null),
    ];
}
