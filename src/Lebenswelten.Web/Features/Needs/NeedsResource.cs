using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Needs;

/// <summary>The texts of this capability: NeedsResource.resx (German) and NeedsResource.en.resx (English).</summary>
public sealed class NeedsResource : ITextSet;
