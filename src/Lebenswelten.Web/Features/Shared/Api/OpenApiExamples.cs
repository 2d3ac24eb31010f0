using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Lebenswelten.Web.Features.Shared.Api;

/// <summary>Examples for the requests a client starts with: log in, search the catalogue, register for an offering.</summary>
internal static class OpenApiExamples
{
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST /api/account/login"] = """{"email":"practice@jena.demo","password":"…","twoFactorCode":"123456"}""",
        ["POST /api/offerings/{id}/registrations"] = """{"name":"Erika Musterfrau","email":"erika@example.org","postalCode":"07747","language":"de"}""",
    };

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["site"] = "jena", ["q"] = "Yoga", ["page"] = "1", ["pageSize"] = "20",
    };

    public static void Add(OpenApiOperation operation, string method, string path)
    {
        if (Bodies.TryGetValue($"{method} {System.Text.RegularExpressions.Regex.Replace(path, ":[a-z]+}", "}")}", out var body)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = OpenApiDescription.Json(body);
        }
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && Parameters.TryGetValue(name, out var value) && parameter.Example is null)
            {
                parameter.Example = parameter.Schema?.Type is { } type && type.HasFlag(JsonSchemaType.Integer)
                    ? JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(value);
            }
        }
    }
}
