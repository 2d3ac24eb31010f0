using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Identity;

/// <summary>The texts of this capability: IdentityResource.resx (German) and IdentityResource.en.resx (English).</summary>
public sealed class IdentityResource : ITextSet;
