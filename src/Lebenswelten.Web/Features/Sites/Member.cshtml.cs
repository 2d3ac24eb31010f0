using Lebenswelten.Web.Features.Shared.Roles;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>A coordinator changes one team member's roles at this site, or takes them off the site.</summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class MemberModel(UserDirectory directory, UserAdministration administration, SiteDirectory sites, SiteRoster roster,
    AdminScopes scopes, IStringLocalizer<SitesResource> text)
    : RolePage(directory, administration, sites, roster, scopes, text)
{
    public async Task<IActionResult> OnPostRemoveFromSiteAsync(CancellationToken ct)
    {
        var result = await ChangeAsync(async (scope, actor) =>
        {
            foreach (var role in Roles)
            {
                if ((await Administration.RemoveRoleAsync(scope, UserId, role.Id, actor, ct)).Problem is { } problem)
                {
                    return problem;
                }
            }
            return (DomainProblem?)null;
        }, "Admin.RemovedFromSite", ct);
        // The person no longer belongs to the site, so their page is gone: back to the team.
        return result is RedirectResult ? RedirectToPage("/Sites/Team", new { site = FixedSite!.Slug }) : result;
    }
}
