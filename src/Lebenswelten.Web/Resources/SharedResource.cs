namespace Lebenswelten.Web;

/// <summary>Marker for the shared UI strings: Resources/SharedResource.resx (German) and .en.resx (English).</summary>
public sealed class SharedResource;
