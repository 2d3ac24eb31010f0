using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Offerings;

/// <summary>The texts of this capability: OfferingsResource.resx (German) and OfferingsResource.en.resx (English).</summary>
public sealed class OfferingsResource : ITextSet;
