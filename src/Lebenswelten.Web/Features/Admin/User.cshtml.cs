using Lebenswelten.Web.Features.Shared.Roles;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>One account for the platform administrator: roles at every site, deactivate and reactivate.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class UserModel(UserDirectory directory, UserAdministration administration, SiteDirectory sites, SiteRoster roster,
    AdminScopes scopes, IStringLocalizer<AdministrationResource> text)
    : RolePage(directory, administration, sites, roster, scopes, text)
{
    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct) =>
        ChangeAsync(async (scope, actor) => (await Administration.DeactivateAsync(scope, UserId, actor, ct)).Problem,
            "Admin.Deactivated", ct);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken ct) =>
        ChangeAsync(async (scope, actor) => (await Administration.ReactivateAsync(scope, UserId, actor, ct)).Problem,
            "Admin.Reactivated", ct);
}
