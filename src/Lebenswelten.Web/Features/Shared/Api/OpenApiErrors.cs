using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Lebenswelten.Web.Features.Shared.Api;

/// <summary>
/// The errors an operation can answer, as docs/dev/api-conventions.md lists them: application/problem+json (RFC 9457)
/// with the stable <c>code</c> a program acts on. Every operation can get 400 (input that does not parse); one that
/// needs a token 401 and 403; one with a path parameter 404; a rate-limited one 429. What an endpoint declares itself
/// (409, 422 …) keeps its status and gets the same schema and description.
/// </summary>
public static class OpenApiErrors
{
    /// <summary>The framework's own name for the problem schema, replaced by ours (with <c>code</c> and <c>errors</c>).</summary>
    public const string Problem = "ProblemDetails";

    private static readonly Dictionary<string, (string Description, string Code)> Statuses = new()
    {
        ["400"] = ("The request cannot be read: `code` `MalformedJson` (the body is not JSON of the expected shape) or "
            + "`Validation` (a query or path value does not parse).", "Validation"),
        ["401"] = ("No bearer token, or one that no longer holds (expired, logged out everywhere, account deactivated); "
            + "see `WWW-Authenticate`.", ""),
        ["403"] = ("Signed in, but without the role this needs: `code` `{Thing}.Forbidden` or `TwoFactorSetupRequired`.",
            "TwoFactorSetupRequired"),
        ["404"] = ("Unknown, or not the caller's to know (another site's record answers 404, never 403): `code` "
            + "`{Thing}.NotFound`.", "Offering.NotFound"),
        ["409"] = ("The state forbids it now (full, already cancelled, slot taken): `code` `{Thing}.{Reason}`.", "Offering.Full"),
        ["415"] = ("The body is not JSON: `code` `UnsupportedMediaType`.", "UnsupportedMediaType"),
        ["422"] = ("The input breaks a rule: `code` `Validation`, with `errors` naming each field.", "Validation"),
        ["429"] = ("Too many requests: `code` `TooManyRequests`; `Retry-After` says when to try again.", "TooManyRequests"),
    };

    public static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, bool open)
    {
        operation.Responses ??= new OpenApiResponses();
        var wanted = new List<string> { "400" };
        if (!open)
        {
            wanted.AddRange(["401", "403"]);
        }
        if (context.Description.ParameterDescriptions.Any(p => p.Source?.Id == "Path"))
        {
            wanted.Add("404");
        }
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            wanted.Add("429");
        }
        foreach (var status in wanted.Where(s => !operation.Responses.ContainsKey(s)))
        {
            operation.Responses[status] = new OpenApiResponse();
        }
        foreach (var (status, response) in operation.Responses.Where(r => Statuses.ContainsKey(r.Key)).ToList())
        {
            var (description, code) = Statuses[status];
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Headers = response.Headers,
                Content = status == "401" ? null : new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new()
                    {
                        Schema = new OpenApiSchemaReference(Problem, context.Document),
                        Example = Example(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), code),
                    },
                },
            };
        }
    }

    /// <summary>The problem body every capability answers (DomainProblemResults): RFC 9457 plus <c>code</c> and <c>errors</c>.</summary>
    public static OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An error (RFC 9457). `code` is stable and meant for programs; `title` and the messages in `errors` "
            + "come in the caller's language (Accept-Language: de, en).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "MalformedJson, Validation, TooManyRequests, TwoFactorSetupRequired, {Thing}.NotFound, "
                    + "{Thing}.Forbidden, {Thing}.{Reason} (e.g. Offering.Full, Registration.AlreadyCancelled).",
            },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "With code Validation: the messages for each field.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static JsonNode? Example(int status, string code) => code.Length == 0 ? null : new JsonObject
    {
        ["title"] = $"({code}: the text in the caller's language)",
        ["status"] = status,
        ["code"] = code,
    };
}
