namespace Lebenswelten.Web.Hosting;

/// <summary>
/// Response headers that narrow what a browser lets a page do (ASVS V3.4, BSI TR-03161): scripts, styles and
/// images only from this app (no inline script anywhere, so no 'unsafe-inline'), no framing, no sniffing,
/// no camera or microphone. Pages with secret links in the address tighten the referrer further themselves.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy with the single sign-on providers as form targets: the login and logout forms post here and are
    /// redirected there, and browsers hold such redirects to form-action too.
    /// </summary>
    public static string ContentSecurityPolicyWith(IReadOnlyList<string> formTargets) => formTargets.Count == 0
        ? ContentSecurityPolicy
        : ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', formTargets),
            StringComparison.Ordinal);

    public static IApplicationBuilder UseLebensweltenSecurityHeaders(this IApplicationBuilder app)
    {
        var providers = app.ApplicationServices.GetRequiredService<Features.Identity.SingleSignOn.SingleSignOnProviders>();
        var policy = ContentSecurityPolicyWith(providers.Origins);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
    }
}
