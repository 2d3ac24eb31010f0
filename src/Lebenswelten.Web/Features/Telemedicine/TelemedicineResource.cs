using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Telemedicine;

/// <summary>The texts of this capability: TelemedicineResource.resx (German) and TelemedicineResource.en.resx (English).</summary>
public sealed class TelemedicineResource : ITextSet;
