using System.Security.Claims;
using Lebenswelten.Core.Data;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>Adds a person's site roles to the login (cookie and bearer token alike).</summary>
public sealed class SiteRoleClaimsFactory(
    UserManager<AppUser> userManager, IOptions<IdentityOptions> options, LebensweltenDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.DisplayName is { } displayName)
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, displayName));
        }
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AccountClaims.TwoFactor, "true"));
        }
        var assignments = await db.SiteRoleAssignments.AsNoTracking()
            .Where(a => a.UserId == user.Id)
            .Select(a => new { a.Role, Slug = a.Site == null ? null : a.Site.Slug })
            .ToListAsync();
        foreach (var assignment in assignments)
        {
            if (assignment.Role == SiteRole.Administrator)
            {
                identity.AddClaim(new Claim(SiteClaims.Administrator, "true"));
            }
            else if (assignment.Slug is { } slug)
            {
                identity.AddClaim(SiteClaims.For(slug, assignment.Role));
            }
        }
        return identity;
    }
}
