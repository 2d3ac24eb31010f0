using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Lebenswelten.Core.Tests.Infrastructure;

namespace Lebenswelten.Web.Tests.Fhir;

/// <summary>
/// Firely's validator over what /fhir emits: every resource against the FHIR R4 base specification (the
/// specification.zip of Hl7.Fhir.Specification.Data.R4, offline), and the slots against ISiK Terminplanung's
/// ISiKTerminblock, whose profile needs nothing beyond the base spec. The other ISiK profiles (ISiKKalender, ISiKTermin)
/// depend on ISiK Basis and German terminology packages that are not available here (docs/en/fhir.md says which).
/// The ISiK files in Isik/ are gematik's (Apache 2.0, see Isik/SOURCE.md).
/// </summary>
public static class FhirValidation
{
    public const string IsikSlot = "https://gematik.de/fhir/isik/StructureDefinition/ISiKTerminblock";

    private static readonly Lock Gate = new();

    private static readonly Lazy<Validator> Validator = new(() =>
    {
        var isik = new DirectorySource(Path.Combine(RepositoryRoot.Path, "tests/Lebenswelten.Web.Tests/Fhir/Isik"),
            new DirectorySourceSettings { IncludeSubDirectories = false });
        var resolver = new CachedResolver(new SnapshotSource(new MultiResolver(ZipSource.CreateValidationSource(), isik)));
        return new Validator(resolver.AsAsync(), new LocalTerminologyService(resolver.AsAsync()));
    });

    /// <summary>
    /// Fails with the validator's findings when the resource (a Bundle with all its entries) is not valid R4, or a slot
    /// in it does not conform to ISiKTerminblock.
    /// </summary>
    public static void AssertValid(Resource resource)
    {
        Check(resource, null);
        var entries = resource is Bundle bundle ? bundle.Entry.Select(e => e.Resource) : [resource];
        foreach (var slot in entries.OfType<Slot>())
        {
            Check(slot, IsikSlot);
        }
    }

    private static void Check(Resource resource, string? profile)
    {
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Validator.Value.Validate(resource, profile);
        }
        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Code} {string.Join(",", i.Expression)}: {i.Details?.Text ?? i.Diagnostics}").ToList();
        Assert.True(errors.Count == 0, $"{resource.TypeName}/{resource.Id} is not valid{(profile is null ? "" : $" against {profile}")}:\n"
            + string.Join("\n", errors) + "\n" + FhirTestKit.Serialize(resource));
    }
}

/// <summary>Validates every resource FhirClient receives, before the client reads it.</summary>
public sealed class ValidatingHandler(string? token) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        var response = await base.SendAsync(request, ct);
        await response.Content.LoadIntoBufferAsync(ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (body.Length > 0)
        {
            var resource = response.Content.Headers.ContentType?.MediaType == "application/fhir+xml"
                ? new Hl7.Fhir.Serialization.BaseFhirXmlDeserializer(ModelInfo.ModelInspector)
                    .DeserializeResource(System.Xml.XmlReader.Create(new StringReader(body)))
                : System.Text.Json.JsonSerializer.Deserialize<Resource>(body, FhirTestKit.Json)!;
            FhirValidation.AssertValid(resource);
        }
        return response;
    }
}
