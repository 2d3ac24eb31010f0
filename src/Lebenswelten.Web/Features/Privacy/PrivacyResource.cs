using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Privacy;

/// <summary>The texts of this capability: PrivacyResource.resx (German) and PrivacyResource.en.resx (English).</summary>
public sealed class PrivacyResource : ITextSet;
