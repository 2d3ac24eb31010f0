using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Lebenswelten.Web.Features.Shared.Forms;

/// <summary>
/// The one error summary of every form (WCAG 3.3.1): every <c>&lt;div asp-validation-summary&gt;</c> (and the shared
/// partial <c>_FormErrors</c>, which is one) becomes a region with a heading, a link to each refused field
/// (<see cref="ErrorSummaryLinks"/>) and the form's own messages. It takes the focus when the page loads: autofocus on a
/// <c>tabindex="-1"</c> region works without JavaScript, so after a refused submit keyboard and screen-reader users
/// start at the list of what to fix (WCAG 2.4.3, 3.3.1). Runs after the built-in summary and replaces its output.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
{
    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ModelState;
        var fieldErrors = state.Any(e => e.Key.Length > 0 && e.Value!.Errors.Count > 0);
        var formErrors = state.TryGetValue(string.Empty, out var top) ? top!.Errors.Select(e => e.ErrorMessage).ToList() : [];
        if (!fieldErrors && formErrors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var map = FormErrorMap.For(ViewContext.HttpContext);
        var id = map.NextSummaryId();
        output.Attributes.SetAttribute("id", id);
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        output.Attributes.SetAttribute("aria-labelledby", id + "-title");
        var title = new TagBuilder("h2") { Attributes = { ["id"] = id + "-title" } };
        title.InnerHtml.Append(texts[fieldErrors ? "Problem.Validation" : "ErrorSummary.FormProblem"]);
        output.Attributes.RemoveAll("data-valmsg-summary");
        // The built-in summary put its list of messages after the content: the links below replace it.
        output.PostContent.Clear();
        output.Content.SetHtmlContent(title);
        if (fieldErrors)
        {
            output.Content.AppendHtml(new ErrorSummaryLinks(state, map));
        }
        foreach (var message in formErrors)
        {
            var paragraph = new TagBuilder("p");
            paragraph.InnerHtml.Append(message);
            output.Content.AppendHtml(paragraph);
        }
    }
}
