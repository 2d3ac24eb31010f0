using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Sites;

/// <summary>The texts of this capability: SitesResource.resx (German) and SitesResource.en.resx (English).</summary>
public sealed class SitesResource : ITextSet;
