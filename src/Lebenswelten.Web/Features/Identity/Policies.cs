using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Policy names. Site policies read the site from the route value <c>{site}</c>; a role at another site
/// never counts. Everything without a policy needs a login (deny by default).
/// </summary>
public static class Policies
{
    public const string SiteMember = "site-member";
    public const string SiteStaff = "site-staff";
    public const string SiteCoordinator = "site-coordinator";
    public const string Administrator = "administrator";
    /// <summary>Providers and coordinators of the site (and administrators): the offerings back office.</summary>
    public const string OfferingManager = "offering-manager";
    /// <summary>Logged in, nothing more: only the account pages a staff member needs to set up a second factor.</summary>
    public const string SignedIn = "signed-in";
    /// <summary>
    /// Password (and code) entered within the last minutes: add it next to another policy before sensitive
    /// actions (erasure, role changes, exports). Pages redirect to /konto/bestaetigen, the API answers 401
    /// with code "ReauthenticationRequired".
    /// </summary>
    public const string RecentLogin = "recent-login";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SiteMember, p => p.AddRequirements(
            new SiteRoleRequirement(Enum.GetValues<SiteRole>().ToHashSet(), AdministratorAllowed: false)));
        options.AddPolicy(SiteStaff, p => p.AddRequirements(new SiteRoleRequirement(SiteRoles.Staff, AdministratorAllowed: true)));
        options.AddPolicy(SiteCoordinator, p => p.AddRequirements(
            new SiteRoleRequirement(new HashSet<SiteRole> { SiteRole.Coordinator }, AdministratorAllowed: true)));
        options.AddPolicy(OfferingManager, p => p.AddRequirements(
            new SiteRoleRequirement(new HashSet<SiteRole> { SiteRole.Provider, SiteRole.Coordinator }, AdministratorAllowed: true)));
        options.AddPolicy(Administrator, p => p.RequireClaim(SiteClaims.Administrator, "true"));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(RecentLogin, p => p.RequireAuthenticatedUser().AddRequirements(new RecentLoginRequirement()));
        // Every policy but SignedIn also needs a second factor for staff: StaffTwoFactorPolicies adds it.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
