using Lebenswelten.Web.Features.Shared;
using Lebenswelten.Web.Features.Shared.Roles;
using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Sites;
using Lebenswelten.Web.Features.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>
/// One account for the platform administrator: roles at every site, deactivate and reactivate, reset the second factor.
/// Deactivating and resetting ask first, with a reason the person is mailed (issue 25); every change needs a recent login.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class UserModel(UserDirectory directory, UserAdministration administration, AccountChanges changes, SiteDirectory sites,
    SiteRoster roster, AdminScopes scopes, IStringLocalizer<AdministrationResource> text)
    : RolePage(directory, administration, sites, roster, scopes, text)
{
    public const string DeactivateStep = "deaktivieren";
    public const string TwoFactorStep = "zweiter-faktor";

    private string Who => Person.DisplayName is { } name ? $"{name} ({Person.Email})" : Person.Email;

    public override ConfirmAction? Confirmation => Confirming switch
    {
        DeactivateStep when Person.Status != AccountStatus.Deactivated => Confirm(DeactivateStep, "Deactivate",
            text["Admin.DeactivateQuestion", Who], text["Admin.DeactivateHint"], text["Admin.DeactivateSubmit"],
            text["Admin.DeactivateReasonHint"], RoleNames()),
        TwoFactorStep when Person.TwoFactorEnabled => Confirm(TwoFactorStep, "ResetTwoFactor",
            text["Admin.ResetTwoFactorQuestion", Who], text["Admin.ResetTwoFactorHint"], text["Admin.ResetTwoFactorSubmit"],
            text["Admin.ResetTwoFactorReasonHint"]),
        _ => null,
    };

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken ct) =>
        ChangeAsync(async (scope, actor) => (await Administration.DeactivateAsync(scope, UserId, Reason, Localization.CurrentLanguage,
            actor, ct)).Problem, () => text["Admin.DeactivatedWho", Who], ct);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken ct) =>
        ChangeAsync(async (scope, actor) => (await Administration.ReactivateAsync(scope, UserId, actor, ct)).Problem,
            () => text["Admin.Reactivated"], ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct) =>
        ChangeAsync(async (scope, actor) => (await changes.ResetTwoFactorAsync(scope, UserId, Reason, Localization.CurrentLanguage,
            actor, ct)).Problem, () => text["Admin.TwoFactorResetWho", Who], ct);

    private List<string> RoleNames() =>
        Person.Roles.Select(r => $"{text[$"Role.{r.Role}"]}{(r.SiteName is null ? "" : $" – {r.SiteName}")}").ToList();
}
