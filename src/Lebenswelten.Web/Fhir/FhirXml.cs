using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Lebenswelten.Web.Fhir;

/// <summary>
/// FHIR XML in and out (FHIR R4 §3.1.0.1.10; ISiK's CapabilityStatement names both formats), with the Firely SDK's
/// POCO serializers: the same resources as in JSON, strict on input like <see cref="FhirJson"/>. DTDs are refused
/// (no entity expansion: ASVS V5.5.2).
/// </summary>
public static class FhirXml
{
    public const string MediaType = "application/fhir+xml";

    private static readonly BaseFhirXmlSerializer Serializer = new(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource, Func<SerializationFilter>? filter = null) =>
        Serializer.SerializeToString(resource, false, filter);

    public static (Resource? Resource, FhirError? Error) Parse(string text)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return (new BaseFhirXmlDeserializer(ModelInfo.ModelInspector).DeserializeResource(reader), null);
        }
        catch (DeserializationFailedException e)
        {
            return (null, FhirError.Invalid("Fhir.NotAResource", details: e.Exceptions.Select(x => x.Message).Take(10).ToArray()));
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, FhirError.Invalid("Fhir.NotAResource", details: [e.Message]));
        }
    }
}
