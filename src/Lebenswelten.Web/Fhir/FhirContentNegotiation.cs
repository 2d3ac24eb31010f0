using Microsoft.Net.Http.Headers;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// JSON and XML (FHIR R4 §3.1.0.1.10): <c>application/fhir+json</c> (or <c>application/json</c>) and
/// <c>application/fhir+xml</c> (or <c>application/xml</c>, <c>text/xml</c>) in and out; <c>_format</c> overrides Accept.
/// Asking for anything else is 406, sending it 415, both as OperationOutcome in JSON. PATCH also takes JSON Patch.
/// </summary>
public sealed class FhirContentNegotiation(IStringLocalizer<FhirResource> text) : IEndpointFilter
{
    private static readonly string[] JsonTypes = [FhirJson.MediaType, "application/json", "json"];
    private static readonly string[] XmlTypes = [FhirXml.MediaType, "application/xml", "text/xml", "xml"];
    private static readonly string[] AnyType = ["*/*", "application/*"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var request = invocation.HttpContext.Request;
        if (Answers(request) is null)
        {
            return FhirError.Of(StatusCodes.Status406NotAcceptable, "Fhir.NotAcceptable").ToResult(text);
        }
        if (request.Method is "POST" or "PUT" or "PATCH" && !SendsJson(request) && !SendsXml(request))
        {
            return FhirError.Of(StatusCodes.Status415UnsupportedMediaType, "Fhir.UnsupportedMediaType").ToResult(text);
        }
        return await next(invocation);
    }

    /// <summary>The media type to answer in: FHIR JSON, FHIR XML, or null when the client accepts neither.</summary>
    public static string? Answers(HttpRequest request)
    {
        if (request.Query.TryGetValue(FhirSearch.Format, out var format))
        {
            // A "+" in a query string arrives as a space: "application/fhir json".
            return format.Count == 1 ? Kind(MediaType(format[0]?.Replace(' ', '+')), wildcard: false) : null;
        }
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 ? FhirJson.MediaType
            : accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1)
                .Select(a => Kind(a.MediaType.Value?.ToLowerInvariant(), wildcard: true)).FirstOrDefault(k => k is not null);
    }

    public static bool SendsXml(HttpRequest request) => XmlTypes.Contains(MediaType(request.ContentType));

    private static bool SendsJson(HttpRequest request)
    {
        var type = MediaType(request.ContentType);
        return JsonTypes.Contains(type) || (request.Method == "PATCH" && type == FhirJson.JsonPatchMediaType);
    }

    private static string? Kind(string? type, bool wildcard) =>
        JsonTypes.Contains(type) || (wildcard && AnyType.Contains(type)) ? FhirJson.MediaType
            : XmlTypes.Contains(type) ? FhirXml.MediaType : null;

    private static string? MediaType(string? value) =>
        MediaTypeHeaderValue.TryParse(value, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant()
            : value?.Trim().ToLowerInvariant();
}
