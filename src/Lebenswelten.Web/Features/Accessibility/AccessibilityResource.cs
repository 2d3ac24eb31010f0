using Lebenswelten.Web.Features.Shared.Texts;

namespace Lebenswelten.Web.Features.Accessibility;

/// <summary>The texts of the accessibility statement: AccessibilityResource.resx (German) and AccessibilityResource.en.resx (English).</summary>
public sealed class AccessibilityResource : ITextSet;
