using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Ideas;

/// <summary>The texts of ideas and "you said, we did": IdeasResource.resx (German) and IdeasResource.en.resx (English).</summary>
public sealed class IdeasResource : ITextSet;
