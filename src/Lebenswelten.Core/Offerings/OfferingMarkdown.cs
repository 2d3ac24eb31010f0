using Ganss.Xss;
using Markdig;

namespace Lebenswelten.Core.Offerings;

/// <summary>Providers write descriptions in Markdown; readers get sanitised HTML (no script, no raw HTML).</summary>
public static class OfferingMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["https", "http", "mailto", "tel"]);
        // Headings inside a description would break the page's outline (WCAG 1.3.1): keep paragraphs and lists.
        sanitizer.AllowedTags.ExceptWith(["h1", "h2", "img", "iframe", "form", "input", "button", "style"]);
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id"]);
        return sanitizer;
    }
}
