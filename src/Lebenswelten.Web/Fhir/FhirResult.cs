using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Fhir;

/// <summary>A resource answered with a status and, after a create, its address.</summary>
public sealed class FhirResult(Resource resource, int statusCode = StatusCodes.Status200OK, string? location = null) : IResult
{
    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = FhirJson.MediaType + "; charset=utf-8";
        if (location is not null)
        {
            context.Response.Headers.Location = location;
        }
        await context.Response.WriteAsync(FhirJson.Serialize(resource), context.RequestAborted);
    }
}
