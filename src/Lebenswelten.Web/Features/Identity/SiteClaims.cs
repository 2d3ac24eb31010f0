using System.Security.Claims;
using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>
/// Roles travel in the login as claims: <c>lw:site_role = "jena:coordinator"</c> per site role, and
/// <c>lw:admin</c> for the global administrator.
/// </summary>
public static class SiteClaims
{
    public const string SiteRole = "lw:site_role";
    public const string Administrator = "lw:admin";

    public static Claim For(string siteSlug, SiteRole role) => new(SiteRole, $"{siteSlug}:{role.ShortName()}");

    public static IEnumerable<(string Site, SiteRole Role)> SiteRoles(this ClaimsPrincipal user)
    {
        foreach (var claim in user.FindAll(SiteRole))
        {
            var separator = claim.Value.LastIndexOf(':');
            if (separator > 0 && Lebenswelten.Core.Identity.SiteRoles.TryParseShortName(claim.Value[(separator + 1)..], out var role))
            {
                yield return (claim.Value[..separator], role);
            }
        }
    }

    public static IReadOnlyList<SiteRole> RolesAt(this ClaimsPrincipal user, string siteSlug) =>
        user.SiteRoles().Where(r => r.Site == siteSlug).Select(r => r.Role).ToList();

    public static IReadOnlyList<string> Sites(this ClaimsPrincipal user) =>
        user.SiteRoles().Select(r => r.Site).Distinct().ToList();

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(Administrator, "true");
}
