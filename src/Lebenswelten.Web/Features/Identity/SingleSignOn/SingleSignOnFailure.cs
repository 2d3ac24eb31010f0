using Microsoft.AspNetCore.Authentication;

namespace Lebenswelten.Web.Features.Identity.SingleSignOn;

/// <summary>
/// A provider's answer that fails (tampered or unknown state, wrong issuer, bad signature, the provider's own
/// error, the person cancelling): logged and audited without any token, answered with the German error page.
/// </summary>
public static class SingleSignOnFailure
{
    public const string Path = "/konto/anmelden/dienstkonto/fehler";

    public static async Task RespondAsync<TOptions>(HandleRequestContext<TOptions> context, SingleSignOnProvider provider, Exception? failure)
        where TOptions : AuthenticationSchemeOptions
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnFailure));
        // The failure's type and message name what failed; they carry no token or code.
        logger.LogWarning("Single sign-on through {Provider} refused: {Failure}: {Reason}", provider.Name,
            failure?.GetType().Name ?? "AccessDenied", failure?.Message ?? "the person or the provider cancelled");
        await context.HttpContext.RequestServices.GetRequiredService<AccountAudit>()
            .RecordAsync(null, AccountAudit.SingleSignOnFailed, byOwner: false, recordId: provider.Scheme);
        context.Response.Redirect($"{Path}?grund={(failure is null ? SingleSignOnFailedModel.Cancelled : SingleSignOnFailedModel.Invalid)}");
        context.HandleResponse();
    }

    public static string PathFor(string reason) => $"{Path}?grund={Uri.EscapeDataString(reason)}";
}
