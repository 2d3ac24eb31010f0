using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// What the access-denied page needs to say which role at which site the page asks for (issue 25): read from the
/// requirements that failed and the address's site. Only names go into the link; the page shows only what it recognises.
/// </summary>
public static class AccessRefusal
{
    public const string SiteParameter = "standort";
    public const string RolesParameter = "rollen";

    /// <summary>The access-denied page's route values, or null when no role requirement failed.</summary>
    public static object? Values(HttpContext context, IEnumerable<IAuthorizationRequirement> failed)
    {
        var roles = new SortedSet<SiteRole>();
        foreach (var requirement in failed)
        {
            if (requirement is SiteRoleRequirement site)
            {
                roles.UnionWith(site.Roles);
            }
            else if (requirement is ClaimsAuthorizationRequirement { ClaimType: SiteClaims.Administrator })
            {
                roles.Add(SiteRole.Administrator);
            }
        }
        if (roles.Count == 0)
        {
            return null;
        }
        var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        return new Dictionary<string, object?>
        {
            ["ReturnUrl"] = back.ToString(),
            [SiteParameter] = context.GetRouteValue("site") as string,
            [RolesParameter] = string.Join(',', roles.Select(r => r.ShortName())),
        };
    }

    /// <summary>The roles named in the link, ignoring anything that is not one.</summary>
    public static IReadOnlyList<SiteRole> ParseRoles(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)
            .Select(v => SiteRoles.TryParseShortName(v, out var role) ? role : (SiteRole?)null).OfType<SiteRole>().Distinct().ToList();
}
