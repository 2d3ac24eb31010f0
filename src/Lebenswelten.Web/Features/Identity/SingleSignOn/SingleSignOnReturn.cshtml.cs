using Lebenswelten.Core.Administration;
using Lebenswelten.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// Where a provider's validated answer lands (in Identity's external cookie, used once): the account is found,
/// linked or created and its roles at the provider's site synced (<see cref="SingleSignOnAccounts"/>), then the person is
/// signed in — or sent to the authenticator code, or to set one up, when staff and the provider vouched for no second factor.
/// </summary>
[AllowAnonymous]
public sealed class SingleSignOnReturnModel(SingleSignOnProviders providers, SingleSignOnAccounts singleSignOn, AppSignInManager signIn,
    AccountAudit audit,
    ILogger<SingleSignOnReturnModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var provider = providers.ByScheme(external.Properties?.Items.TryGetValue("LoginProvider", out var scheme) == true ? scheme : null);
        if (!external.Succeeded || provider is null || SingleSignOnAssertion.Read(external.Principal!, provider) is not { } assertion)
        {
            return SingleSignOnFailure.RedirectFor(SingleSignOnFailedModel.Expired);
        }
        if (external.Properties!.Items.TryGetValue(SingleSignOnLinksModel.LinkItem, out var linkTo))
        {
            return await LinkAsync(linkTo, provider, assertion, ct);
        }
        if (external.Properties.Items.TryGetValue(SingleSignOnReauthentication.ForItem, out var confirming))
        {
            return await ConfirmAsync(confirming, provider, assertion, external);
        }
        var outcome = await singleSignOn.SignInAsync(assertion.Identity, provider.Site, assertion.Roles, HttpContext.AuditActor(), ct);
        if (outcome.Problem is { } problem)
        {
            logger.LogWarning("Single sign-on through {Provider} refused: {Code}", provider.Name, problem.Code);
            // A refused login of a known account shows in its owner's access log; an unknown person's has no subject.
            var known = await signIn.UserManager.FindByLoginAsync(provider.Scheme, assertion.Identity.Subject);
            await audit.RecordAsync(known?.Id, AccountAudit.SingleSignOnFailed, byOwner: false, recordId: provider.Scheme);
            return SingleSignOnFailure.RedirectFor(problem.Code);
        }
        var account = outcome.Value!;
        if (account.UnknownOrganisations.Count > 0)
        {
            logger.LogWarning("Single sign-on through {Provider}: no organisation {Organisations} at {Site}; those mappings gave no role",
                provider.Name, string.Join(", ", account.UnknownOrganisations), provider.Site);
        }
        var user = (await signIn.UserManager.FindByIdAsync(account.UserId))!;
        if (await SignInOrNextStepAsync(user, provider, assertion) is { } step)
        {
            return step;
        }
        // Staff whose provider vouched for no second factor and who have no authenticator yet: set one up first.
        var staff = (await signIn.CreateUserPrincipalAsync(user)).IsStaff();
        return staff && !assertion.MultiFactor && !user.TwoFactorEnabled
            ? RedirectToPage(AccountChallenges.TwoFactorSetupPage, new { returnUrl = Next })
            : LocalRedirect(Next);
    }

    private string Next => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page(AccountChallenges.LandingPage)!;

    /// <summary>Signs the account in through the provider; null when that is done, else where the person goes instead.</summary>
    private async Task<IActionResult?> SignInOrNextStepAsync(AppUser user, SingleSignOnProvider provider, SingleSignOnAssertion assertion)
    {
        var result = await signIn.SingleSignOnSignInAsync(user, provider.Scheme, assertion.MultiFactor);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Identity/LoginCode", new { returnUrl = Next });
        }
        return result.Succeeded ? null : SingleSignOnFailure.RedirectFor("Sso.Deactivated");
    }

    /// <summary>
    /// The answer to "confirm through your provider": the same account, a fresh login at the provider, then a login
    /// here like any other (the code is asked when the provider vouched for no second factor), which renews its time.
    /// </summary>
    private async Task<IActionResult> ConfirmAsync(string? userId, SingleSignOnProvider provider, SingleSignOnAssertion assertion,
        AuthenticateResult answer)
    {
        var known = await signIn.UserManager.FindByLoginAsync(provider.Scheme, assertion.Identity.Subject);
        if (userId is null || signIn.UserManager.GetUserId(User) != userId || known?.Id != userId)
        {
            return SingleSignOnFailure.RedirectFor(SingleSignOnFailedModel.Expired);
        }
        if (!SingleSignOnReauthentication.IsFresh(answer.Principal!, answer.Properties!))
        {
            logger.LogWarning("Confirmation through {Provider} refused: the provider reported no new login", provider.Name);
            await audit.RecordAsync(userId, AccountAudit.LoginFailed, byOwner: false, recordId: provider.Scheme);
            return SingleSignOnFailure.RedirectFor("Sso.NotFresh");
        }
        if (await SignInOrNextStepAsync(known, provider, assertion) is { } step)
        {
            return step;
        }
        await audit.RecordAsync(userId, AccountAudit.Reauthenticated, recordId: provider.Scheme);
        return LocalRedirect(Next);
    }

    private async Task<IActionResult> LinkAsync(string? userId, SingleSignOnProvider provider, SingleSignOnAssertion assertion,
        CancellationToken ct)
    {
        // Started from the account page of the account still logged in here; anything else is no link.
        if (userId is null || signIn.UserManager.GetUserId(User) != userId)
        {
            return SingleSignOnFailure.RedirectFor(SingleSignOnFailedModel.Expired);
        }
        var linked = await singleSignOn.LinkAsync(userId, assertion.Identity, HttpContext.AuditActor(), ct);
        if (linked.Problem is { } problem)
        {
            logger.LogWarning("Linking through {Provider} refused: {Code}", provider.Name, problem.Code);
            return SingleSignOnFailure.RedirectFor(problem.Code);
        }
        // A new way in renews the account's security stamp (other sessions end); this one is re-issued.
        await signIn.RefreshSignInAsync((await signIn.UserManager.FindByIdAsync(userId))!);
        return RedirectToPage("/Identity/SingleSignOn/SingleSignOnLinks", new { verknuepft = "true" });
    }
}
