using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.OpenData;

/// <summary>The texts of the open-data interfaces: OpenDataResource.resx (German) and OpenDataResource.en.resx (English).</summary>
public sealed class OpenDataResource : ITextSet;
