using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// Under /fhir even the errors nobody's endpoint wrote (no token 401, wrong role 403, unknown address 404, wrong method
/// 405, body too large 413, a crash 500) are OperationOutcomes with application/fhir+json, never problem+json or a page.
/// </summary>
public static class FhirErrorHandling
{
    public static void UseFhirErrors(this IApplicationBuilder fhir, Func<Exception, int>? statusCodeSelector)
    {
        fhir.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = statusCodeSelector,
            ExceptionHandler = context => WriteAsync(context, context.Response.StatusCode),
        });
        fhir.UseStatusCodePages(pages => WriteAsync(pages.HttpContext, pages.HttpContext.Response.StatusCode));
    }

    private static Task WriteAsync(HttpContext context, int status)
    {
        // These run outside the localisation middleware's scope; its choice is kept on the request.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = ErrorHandling.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<FhirResource>>();
        return FhirError.Of(status, StatusKey(status)).ToResult(text).ExecuteAsync(context);
    }

    private static string StatusKey(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Fhir.BadRequest",
        StatusCodes.Status401Unauthorized => "Fhir.Unauthorized",
        StatusCodes.Status403Forbidden => "Fhir.Forbidden",
        StatusCodes.Status404NotFound => "Fhir.NotFound",
        StatusCodes.Status405MethodNotAllowed => "Fhir.MethodNotAllowed",
        StatusCodes.Status413PayloadTooLarge => "Fhir.TooLarge",
        StatusCodes.Status415UnsupportedMediaType => "Fhir.UnsupportedMediaType",
        StatusCodes.Status429TooManyRequests => "Problem.TooManyRequests",
        StatusCodes.Status503ServiceUnavailable => "Fhir.Unavailable",
        < 500 => "Fhir.BadRequest",
        _ => "Fhir.ServerError",
    };
}
