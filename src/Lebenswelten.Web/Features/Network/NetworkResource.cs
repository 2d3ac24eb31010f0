using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Network;

/// <summary>The texts of this capability: NetworkResource.resx (German) and NetworkResource.en.resx (English).</summary>
public sealed class NetworkResource : ITextSet;
