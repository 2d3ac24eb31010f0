using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Admin;

/// <summary>The texts of this capability: AdministrationResource.resx (German) and AdministrationResource.en.resx (English).</summary>
public sealed class AdministrationResource : ITextSet;
