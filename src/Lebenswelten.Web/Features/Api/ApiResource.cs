using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Api;

/// <summary>The texts of this capability: ApiResource.resx (German) and ApiResource.en.resx (English).</summary>
public sealed class ApiResource : ITextSet;
