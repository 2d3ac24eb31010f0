using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Fhir;

/// <summary>The texts of this capability: FhirResource.resx (German) and FhirResource.en.resx (English).</summary>
public sealed class FhirResource : ITextSet;
