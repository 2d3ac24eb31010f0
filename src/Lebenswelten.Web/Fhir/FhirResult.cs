using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// A resource answered with a status and, after a create, its address; in JSON or XML as the request asked
/// (<see cref="FhirContentNegotiation"/>), cut down by <paramref name="filter"/> (<c>_summary</c>, <c>_elements</c>).
/// </summary>
public sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK, string? location = null,
    Func<SerializationFilter>? filter = null) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        var xml = FhirContentNegotiation.Answers(context.Request) == FhirXml.MediaType;
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = (xml ? FhirXml.MediaType : FhirJson.MediaType) + "; charset=utf-8";
        if (location is not null)
        {
            context.Response.Headers.Location = location;
        }
        var body = xml ? FhirXml.Serialize(resource, filter) : FhirJson.Serialize(resource, filter);
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
