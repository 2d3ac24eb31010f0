using System.Text.Json;
using Hl7.Fhir.Model;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// The one change a practice may make to an appointment over FHIR: status → cancelled, optionally with
/// cancelationReason (its text goes to the patient). Written as JSON Patch (RFC 6902) or FHIRPath Patch (FHIR R4
/// §3.1.0.6.1, a Parameters resource, as Firely's FhirClient.PatchAsync sends it). Anything else is 422.
/// </summary>
public static class CancelPatch
{
    private const string Cancelled = "cancelled";

    /// <summary>The reason text, if any, once the patch is exactly a cancellation.</summary>
    public static (string? Reason, FhirError? Error) FromJsonPatch(string body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, FhirError.Invalid("Fhir.NotJsonPatch"));
        }
        if (root.ValueKind != JsonValueKind.Array || root.EnumerateArray().Any(o => o.ValueKind != JsonValueKind.Object))
        {
            return (null, FhirError.Invalid("Fhir.NotJsonPatch"));
        }
        var changes = root.EnumerateArray()
            .Select(o => (Op: Text(o, "op"), Path: Text(o, "path"), Value: o.TryGetProperty("value", out var v) ? v : default)).ToList();
        var (cancels, reason, others) = (0, (string?)null, 0);
        foreach (var (op, path, value) in changes)
        {
            if (op is not ("replace" or "add"))
            {
                others++;
            }
            else if (path == "/status" && value.ValueKind == JsonValueKind.String && value.GetString() == Cancelled)
            {
                cancels++;
            }
            else if (path == "/cancelationReason/text" && value.ValueKind == JsonValueKind.String)
            {
                reason = value.GetString();
            }
            else if (path == "/cancelationReason" && value.ValueKind == JsonValueKind.Object
                && (!value.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.String))
            {
                reason = value.TryGetProperty("text", out var given) ? given.GetString() : null;
            }
            else
            {
                others++;
            }
        }
        return Decide(cancels, others, reason);
    }

    public static (string? Reason, FhirError? Error) FromFhirPathPatch(Parameters patch)
    {
        var (cancels, reason, others) = (0, (string?)null, 0);
        foreach (var operation in patch.Parameter)
        {
            // A part named twice counts as missing: which of the two would be meant?
            var part = operation.Part.GroupBy(p => p.Name ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single().Value : null, StringComparer.Ordinal);
            var type = Primitive(part.GetValueOrDefault("type"));
            var path = Primitive(part.GetValueOrDefault("path"));
            var name = Primitive(part.GetValueOrDefault("name"));
            var value = part.GetValueOrDefault("value");
            var target = type == "add" && path == "Appointment" ? $"Appointment.{name}" : type == "replace" ? path : null;
            if (operation.Name != "operation" || target is null)
            {
                others++;
            }
            else if (target == "Appointment.status" && Primitive(value) == Cancelled)
            {
                cancels++;
            }
            else if (target == "Appointment.cancelationReason" && value is CodeableConcept concept)
            {
                reason = concept.Text;
            }
            else if (target == "Appointment.cancelationReason.text" && value is FhirString text)
            {
                reason = text.Value;
            }
            else
            {
                others++;
            }
        }
        return Decide(cancels, others, reason);
    }

    private static (string? Reason, FhirError? Error) Decide(int cancels, int others, string? reason) =>
        cancels == 1 && others == 0 ? (reason, null) : (null, FhirError.Unprocessable("Fhir.Patch.OnlyCancel", "Appointment.status"));

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Primitive(DataType? value) => value switch { Code code => code.Value, FhirString text => text.Value, _ => null };
}
