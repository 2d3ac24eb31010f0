using System.Text.Json.Nodes;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.OpenApi;

/// <summary>
/// /openapi/v1.json as an API client reads it: every operation with a summary, its security (bearer, or none for the
/// public ones), problem+json errors with their codes; the licence, the server from PublicBaseUrl, described tags. The
/// test writes the document to artifacts/openapi/v1.json, where scripts/lint-openapi.sh lints it with @redocly/cli.
/// </summary>
public sealed class OpenApiDocumentTests(AppHosts hosts)
{
    public static readonly string Written = Path.Combine(RepositoryRoot.Path, "artifacts/openapi/v1.json");

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_says_for_every_operation_who_may_call_it_and_what_errors_it_answers()
    {
        using var client = (await hosts.Get(DatabaseProvider.Sqlite)).Client();
        var text = await client.GetStringAsync("/openapi/v1.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Written)!);
        await File.WriteAllTextAsync(Written, text);
        var document = JsonNode.Parse(text)!;

        Assert.Equal("AGPL-3.0-or-later", (string?)document["info"]!["license"]!["identifier"]);
        Assert.StartsWith("http", (string?)document["servers"]![0]!["url"]);
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        var problems = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                if (string.IsNullOrWhiteSpace((string?)operation!["summary"]))
                {
                    problems.Add($"{name}: no summary");
                }
                if (operation["security"] is not JsonArray)
                {
                    problems.Add($"{name}: no security requirement");
                }
                var responses = operation["responses"]!.AsObject();
                if (!responses.Any(r => r.Key.StartsWith('4')))
                {
                    problems.Add($"{name}: no 4xx response");
                }
                foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4') && r.Key != "401"))
                {
                    if (response!["content"]?["application/problem+json"] is null)
                    {
                        problems.Add($"{name}: {status} is not problem+json");
                    }
                }
                foreach (var tag in operation["tags"]?.AsArray() ?? [])
                {
                    if (string.IsNullOrWhiteSpace(tags.GetValueOrDefault((string)tag!)))
                    {
                        problems.Add($"{name}: tag {tag} has no description");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
