using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Lebenswelten.Web.Tests.OpenData.Hsds;

/// <summary>
/// The published HSDS schemas (Schemas/, CC BY-SA 4.0, see Schemas/SOURCE.md), and a check of an answer against them:
/// the page against HSDS's <c>Page</c> (openapi.json), each record against its compiled schema, formats (uuid, uri,
/// email) included.
/// </summary>
public static class HsdsSchemas
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests/Lebenswelten.Web.Tests/OpenData/Hsds/Schemas");

    public static readonly Lazy<Task<JsonSchema>> Service = File("service_list.json");
    public static readonly Lazy<Task<JsonSchema>> FullService = File("service_with_definitions.json");
    public static readonly Lazy<Task<JsonSchema>> Organization = File("organization_list.json");
    public static readonly Lazy<Task<JsonSchema>> ServiceAtLocation = File("service_at_location_list.json");
    public static readonly Lazy<Task<JsonSchema>> Location = Definition("location");
    public static readonly Lazy<Task<JsonSchema>> Taxonomy = Definition("taxonomy");
    public static readonly Lazy<Task<JsonSchema>> TaxonomyTerm = Definition("taxonomy_term");

    private static readonly Lazy<Task<JsonSchema>> Page = new(() =>
    {
        var page = Read("openapi.json")["components"]!["schemas"]!["Page"]!.DeepClone();
        var wrapper = new JsonObject
        {
            ["allOf"] = new JsonArray(page),
            ["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"),
            ["properties"] = new JsonObject { ["contents"] = new JsonObject { ["type"] = "array" } },
        };
        return JsonSchema.FromJsonAsync(wrapper.ToJsonString());
    });

    /// <summary>An HSDS paged list: the page shape, and every record in <c>contents</c> against its schema.</summary>
    public static async Task AssertPageAsync(JsonElement page, Lazy<Task<JsonSchema>> record)
    {
        AssertValid(page, await Page.Value, "page");
        var schema = await record.Value;
        foreach (var item in page.GetProperty("contents").EnumerateArray())
        {
            AssertValid(item, schema, "record");
        }
    }

    public static async Task AssertRecordAsync(JsonElement item, Lazy<Task<JsonSchema>> record) => AssertValid(item, await record.Value, "record");

    private static void AssertValid(JsonElement value, JsonSchema schema, string what)
    {
        var errors = schema.Validate(value.GetRawText());
        Assert.True(errors.Count == 0, $"The {what} breaks the HSDS schema:\n{string.Join("\n", errors.SelectMany(Flatten))}\n{value}");
    }

    private static IEnumerable<string> Flatten(ValidationError error) => error is ChildSchemaValidationError child
        ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend(error.ToString())
        : [error.ToString()];

    private static JsonNode Read(string name) => JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, name)))!;

    private static Lazy<Task<JsonSchema>> File(string name) => new(() => JsonSchema.FromJsonAsync(System.IO.File.ReadAllText(Path.Combine(Folder, name))));

    /// <summary>One definition of the compiled service schema, with the definitions it refers to.</summary>
    private static Lazy<Task<JsonSchema>> Definition(string name) => new(() =>
    {
        var wrapper = new JsonObject
        {
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/{name}" }),
            ["definitions"] = Read("service_with_definitions.json")["definitions"]!.DeepClone(),
        };
        return JsonSchema.FromJsonAsync(wrapper.ToJsonString());
    });
}
