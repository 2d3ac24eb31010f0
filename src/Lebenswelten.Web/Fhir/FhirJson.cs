using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// FHIR JSON in and out, with the Firely SDK's System.Text.Json converters (strict: unknown elements, wrong types and
/// bad primitive values are refused, not skipped). XML: <see cref="FhirXml"/>.
/// </summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";
    public const string JsonPatchMediaType = "application/json-patch+json";

    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector)
        .UsingMode(DeserializationMode.Strict);

    private static readonly BaseFhirJsonSerializer Filtered = new(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource, Func<SerializationFilter>? filter = null) =>
        filter is null ? JsonSerializer.Serialize(resource, Options) : Filtered.SerializeToString(resource, false, filter);

    /// <summary>The resource in the body, or why it is none (a 400 OperationOutcome, with the SDK's findings).</summary>
    public static async Task<(T? Resource, FhirError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : Resource
    {
        var text = await new StreamReader(request.Body).ReadToEndAsync(ct);
        var (resource, error) = FhirContentNegotiation.SendsXml(request) && !string.IsNullOrWhiteSpace(text)
            ? FhirXml.Parse(text) : Parse(text);
        return resource switch
        {
            T wanted => (wanted, null),
            null => (null, error),
            _ => (null, FhirError.Invalid("Fhir.WrongResourceType", resource.TypeName)),
        };
    }

    public static (Resource? Resource, FhirError? Error) Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, FhirError.Invalid("Fhir.EmptyBody"));
        }
        try
        {
            return JsonSerializer.Deserialize<Resource>(text, Options) is { } resource
                ? (resource, null)
                : (null, FhirError.Invalid("Fhir.NotAResource"));
        }
        catch (DeserializationFailedException e)
        {
            // The SDK's own findings (English, with the element path) follow our localised text.
            return (null, FhirError.Invalid("Fhir.NotAResource", details: e.Exceptions.Select(x => x.Message).Take(10).ToArray()));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, FhirError.Invalid("Fhir.NotAResource", details: [e.Message]));
        }
    }
}
