using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// A provider's answer that fails (tampered or unknown state, wrong issuer, bad signature, the provider's own
/// error, the person cancelling): logged and audited without any token, answered with the German error page.
/// </summary>
public static class SingleSignOnFailure
{
    /// <summary>The page that says, in German or English, why the login failed.</summary>
    public const string Page = "/Identity/SingleSignOn/SingleSignOnFailed";

    public static async Task RespondAsync<TOptions>(HandleRequestContext<TOptions> context, SingleSignOnProvider provider,
        Exception? failure)
        where TOptions : AuthenticationSchemeOptions
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnFailure));
        // The failure's type and message name what failed; they carry no token or code.
        logger.LogWarning("Single sign-on through {Provider} refused: {Failure}: {Reason}", provider.Name,
            failure?.GetType().Name ?? "AccessDenied", failure?.Message ?? "the person or the provider cancelled");
        await context.HttpContext.RequestServices.GetRequiredService<AccountAudit>()
            .RecordAsync(null, AccountAudit.SingleSignOnFailed, byOwner: false, recordId: provider.Scheme);
        var reason = failure is null ? SingleSignOnFailedModel.Cancelled : SingleSignOnFailedModel.Invalid;
        context.Response.Redirect(context.HttpContext.PageLink(Page, new { grund = reason }));
        context.HandleResponse();
    }

    public static RedirectToPageResult RedirectFor(string reason) => new(Page, new { grund = reason });
}
