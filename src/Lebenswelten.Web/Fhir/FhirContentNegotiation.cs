using Microsoft.Net.Http.Headers;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// JSON only (FHIR R4 §3.1.0.1.10): <c>application/fhir+json</c> or <c>application/json</c> in and out. Asking for XML
/// (Accept or <c>_format</c>) is 406, sending it 415 — both as OperationOutcome in JSON, which a client asking for XML
/// still understands better than silence. PATCH takes JSON Patch or a FHIRPath Patch Parameters resource.
/// </summary>
public sealed class FhirContentNegotiation(IStringLocalizer<FhirResource> text) : IEndpointFilter
{
    private static readonly string[] JsonTypes = [FhirJson.MediaType, "application/json"];
    private static readonly string[] AcceptedAnswers = [.. JsonTypes, "*/*", "application/*"];
    private static readonly string[] FormatValues = ["json", .. JsonTypes];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var request = invocation.HttpContext.Request;
        if (!AnswersJson(request))
        {
            return FhirError.Of(StatusCodes.Status406NotAcceptable, "Fhir.NotAcceptable").ToResult(text);
        }
        if (request.Method is "POST" or "PUT" or "PATCH" && !SendsJson(request))
        {
            return FhirError.Of(StatusCodes.Status415UnsupportedMediaType, "Fhir.UnsupportedMediaType").ToResult(text);
        }
        return await next(invocation);
    }

    private static bool AnswersJson(HttpRequest request)
    {
        if (request.Query.TryGetValue("_format", out var format))
        {
            // A "+" in a query string arrives as a space: "application/fhir json".
            return format.Count == 1 && FormatValues.Contains(MediaType(format[0]?.Replace(' ', '+')));
        }
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || accept.Any(a => AcceptedAnswers.Contains(a.MediaType.Value?.ToLowerInvariant()));
    }

    private static bool SendsJson(HttpRequest request)
    {
        var type = MediaType(request.ContentType);
        return JsonTypes.Contains(type) || (request.Method == "PATCH" && type == FhirJson.JsonPatchMediaType);
    }

    private static string? MediaType(string? value) =>
        MediaTypeHeaderValue.TryParse(value, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant()
            : value?.Trim().ToLowerInvariant();
}
