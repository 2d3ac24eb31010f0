using Lebenswelten.Web.Fhir;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lebenswelten.Web.Features.Shared;

/// <summary>
/// The API answers errors as application/problem+json, FHIR as an OperationOutcome, pages with a German error page;
/// never a bare 500.
/// </summary>
public static class ErrorHandling
{
    public static bool IsApiRequest(this HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.IsFhirRequest();

    public static bool IsFhirRequest(this HttpContext context) => context.Request.Path.StartsWithSegments("/fhir");

    public static void UseLebensweltenErrorHandling(this WebApplication app)
    {
        var exceptionOptions = new ExceptionHandlerOptions
        {
            // Malformed requests (bad JSON, wrong content type) are the caller's fault: 400, not 500. A database that
            // is momentarily overrun (every pooled connection waiting on a busy offering) is 503: try again shortly.
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when IsOverloaded(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        };
        app.UseWhen(IsFhirRequest, fhir => fhir.UseFhirErrors(exceptionOptions.StatusCodeSelector));
        app.UseWhen(context => context.IsApiRequest() && !context.IsFhirRequest(), api =>
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

    /// <summary>Seconds a client should wait after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>A database momentarily overrun: no pooled connection in time, a lock timeout, SQLite busy or locked.</summary>
    public static bool IsOverloaded(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or NpgsqlException { IsTransient: true } or SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Unknown addresses answer 404 for everyone; without this the deny-by-default policy would send
    /// anonymous visitors of a mistyped address to the login page.
    /// </summary>
    public static void MapNotFoundFallback(this WebApplication app) =>
        app.MapFallback("{**path}", (HttpContext context, IStringLocalizer<SharedResource> text) =>
                context.IsApiRequest() && !context.IsFhirRequest()
                    ? DomainProblem.NotFound("Endpoint.NotFound").ToProblem(text)
                    : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
}
