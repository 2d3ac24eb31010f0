namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The API answers errors as application/problem+json, pages with a German error page; never a bare 500.
/// </summary>
public static class ErrorHandling
{
    public static bool IsApiRequest(this HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/fhir");

    public static void UseLebensweltenErrorHandling(this WebApplication app)
    {
        var exceptionOptions = new ExceptionHandlerOptions
        {
            // Malformed requests (bad JSON, wrong content type) are the caller's fault: 400, not 500.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : 500,
        };
        app.UseWhen(IsApiRequest, api =>
        {
            api.UseExceptionHandler(exceptionOptions);
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !context.IsApiRequest(), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/fehler/500",
                StatusCodeSelector = exceptionOptions.StatusCodeSelector,
            });
            pages.UseStatusCodePagesWithReExecute("/fehler/{0}");
        });
    }

    /// <summary>
    /// Unknown addresses answer 404 for everyone; without this the deny-by-default policy would send
    /// anonymous visitors of a mistyped address to the login page.
    /// </summary>
    public static void MapNotFoundFallback(this WebApplication app) =>
        app.MapFallback("{**path}", () => Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
}
