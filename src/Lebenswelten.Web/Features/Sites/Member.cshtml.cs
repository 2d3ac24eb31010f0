using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Features.Shared.Roles;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>
/// A coordinator changes one team member's roles at this site, or takes them off the site: that step asks first, names
/// the roles, and needs a reason the person is mailed (issue 25).
/// </summary>
[Authorize(Policy = Policies.SiteCoordinator)]
public sealed class MemberModel(UserDirectory directory, UserAdministration administration, AccountChanges changes, SiteDirectory sites,
    SiteRoster roster, AdminScopes scopes, IStringLocalizer<SitesResource> text)
    : RolePage(directory, administration, sites, roster, scopes, text)
{
    public const string RemoveStep = "entfernen";

    private string Who => Person.DisplayName is { } name ? $"{name} ({Person.Email})" : Person.Email;

    public override ConfirmAction? Confirmation => Confirming == RemoveStep && Roles.Count > 0
        ? Confirm(RemoveStep, "RemoveFromSite", text["Admin.RemoveFromSiteQuestion", Who, FixedSite!.Name],
            text["Admin.RemoveFromSiteHint"], text["Admin.RemoveFromSiteSubmit"], text["Admin.RemoveFromSiteReasonHint"],
            Roles.Select(r => text[$"Role.{r.Role}"].Value).ToList())
        : null;

    public async Task<IActionResult> OnPostRemoveFromSiteAsync(CancellationToken ct)
    {
        var result = await ChangeAsync(async (scope, actor) => (await changes.RemoveFromSiteAsync(scope, UserId, FixedSite!.Id, Reason,
            Localization.CurrentLanguage, actor, ct)).Problem, () => text["Admin.RemovedFromSiteWho", Who, FixedSite!.Name], ct);
        // The person no longer belongs to the site, so their page is gone: back to the team.
        return result is RedirectResult ? RedirectToPage("/Sites/Team", new { site = FixedSite!.Slug }) : result;
    }
}
