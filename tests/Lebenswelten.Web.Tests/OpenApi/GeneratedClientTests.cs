using System.Reflection;
using Lebenswelten.Core.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace Lebenswelten.Web.Tests.OpenApi;

/// <summary>
/// A C# client generated from the served /openapi/v1.json with NSwag, compiled with Roslyn and used as an API client
/// would: search the catalogue, register as a guest, read the registration back. If the document stops describing
/// what the endpoints take and answer, generation, compilation or the calls fail here.
/// </summary>
public sealed class GeneratedClientTests(AppHosts hosts)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Assembly? generated;

    [Theory, BothProviders]
    public async Task A_client_generated_from_the_document_searches_the_catalogue_and_registers_for_an_offering(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        using var http = host.Client();
        var assembly = await GenerateAsync(await http.GetStringAsync("/openapi/v1.json"));
        dynamic client = Activator.CreateInstance(assembly.GetType("Generated.LebensweltenClient")!, http)!;

        dynamic page = await client.SearchOfferingsAsync(site: "jena", hasPlaces: "true", pageSize: "50");
        Assert.True((int)page.Total > 0);
        dynamic? offering = null;
        foreach (var item in page.Items)
        {
            offering ??= item;
        }
        Assert.NotNull(offering);

        // The body's type is whatever the generator named the document's request schema.
        var register = assembly.GetType("Generated.LebensweltenClient")!.GetMethods()
            .First(m => m.Name == "RegisterForOfferingAsync");
        dynamic request = Activator.CreateInstance(register.GetParameters()[1].ParameterType)!;
        request.Name = "Erika Musterfrau";
        request.Email = $"generated-{Guid.NewGuid():N}@example.org";
        request.Language = "de";
        dynamic created = await client.RegisterForOfferingAsync((Guid)offering!.Id, request);
        Assert.NotEqual(Guid.Empty, (Guid)created.Id);
        Assert.False(string.IsNullOrEmpty((string)created.ManageUrl));
    }

    /// <summary>The client, generated and compiled once per test run (the document is the same for both databases).</summary>
    private static async Task<Assembly> GenerateAsync(string json)
    {
        await Gate.WaitAsync();
        try
        {
            if (generated is not null)
            {
                return generated;
            }
            var document = await NSwag.OpenApiDocument.FromJsonAsync(json);
            var settings = new CSharpClientGeneratorSettings
            {
                ClassName = "LebensweltenClient",
                UseBaseUrl = false,
                GenerateOptionalParameters = true,
                OperationNameGenerator = new NSwag.CodeGeneration.OperationNameGenerators.SingleClientFromOperationIdOperationNameGenerator(),
            };
            settings.CSharpGeneratorSettings.Namespace = "Generated";
            settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
            var code = new CSharpClientGenerator(document, settings).GenerateFile();
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Select(path => MetadataReference.CreateFromFile(path));
            var compilation = CSharpCompilation.Create("Generated", [CSharpSyntaxTree.ParseText(code)], references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).ToList();
            Assert.True(result.Success, "The generated client does not compile:\n" + string.Join("\n", errors)
                + "\n" + string.Join("\n", errors.Select(e => code.Split('\n')[e.Location.GetLineSpan().StartLinePosition.Line])));
            return generated = Assembly.Load(image.ToArray());
        }
        finally
        {
            Gate.Release();
        }
    }
}
