using Ganss.Xss;
using Markdig;

namespace Lebenswelten.Core.Common;

/// <summary>
/// Markdown written by people (offering descriptions, a meeting's minutes), shown as sanitised HTML: no raw HTML, no
/// script, links only to http(s), mail and phone (ASVS 5.3.3).
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public static string ToPlainText(string? markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["https", "http", "mailto", "tel"]);
        // Headings h1/h2 inside the text would break the page's outline (WCAG 1.3.1).
        sanitizer.AllowedTags.ExceptWith(["h1", "h2", "img", "iframe", "form", "input", "button", "style"]);
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id"]);
        return sanitizer;
    }
}
