namespace Lebenswelten.Core.Offerings;

/// <summary>
/// Providers write descriptions in Markdown; readers get sanitised HTML (no script, no raw HTML): <see cref="SafeMarkdown"/>.
/// </summary>
public static class OfferingMarkdown
{
    public static string ToHtml(string markdown) => SafeMarkdown.ToHtml(markdown);

    public static string ToPlainText(string markdown) => SafeMarkdown.ToPlainText(markdown);
}
