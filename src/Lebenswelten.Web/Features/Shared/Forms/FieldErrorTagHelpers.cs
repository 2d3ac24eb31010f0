using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lebenswelten.Web.Features.Shared.Forms;

/// <summary>
/// Every form field whose value was refused says so to assistive technology: <c>aria-invalid="true"</c> and
/// <c>aria-describedby</c> naming its message (WCAG 3.3.1, 4.1.2). Runs after <c>asp-for</c> (higher order), so it sees
/// the generated name and id, and works the same on fields a page wrote by hand.
/// </summary>
[HtmlTargetElement("input", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select")]
[HtmlTargetElement("textarea")]
public sealed class FieldErrorTagHelper : TagHelper
{
    private static readonly HashSet<string> NotFields = new(["hidden", "submit", "button", "reset", "image"], StringComparer.OrdinalIgnoreCase);

    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ModelState;
        if (state.ErrorCount == 0
            || FormErrorMap.Text(output.Attributes["name"]) is not { Length: > 0 } posted
            || NotFields.Contains(FormErrorMap.Text(output.Attributes["type"]) ?? ""))
        {
            return;
        }
        var id = FormErrorMap.Text(output.Attributes["id"]);
        if (ErrorKey(state, posted, id) is not { } name)
        {
            return;
        }
        var map = FormErrorMap.For(ViewContext.HttpContext);
        if (id is { Length: > 0 })
        {
            var type = FormErrorMap.Text(output.Attributes["type"]);
            var grouped = type is "radio" or "checkbox" && context.Items.TryGetValue(typeof(Legend), out var legend)
                ? ((Legend)legend).Text : null;
            map.AddField(name, id, grouped);
        }
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", new DescribedBy(FormErrorMap.Text(output.Attributes["aria-describedby"]), name, map));
    }

    /// <summary>
    /// The model-state key of the field's error: its name, or else a key whose id form is the field's id (a page that
    /// posts <c>cancelReason</c> but files the error under <c>Input.Reason</c> gives the field the id <c>Input_Reason</c>).
    /// </summary>
    private static string? ErrorKey(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string name, string? id)
    {
        if (state.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            return name;
        }
        return id is { Length: > 0 }
            ? state.FirstOrDefault(e => e.Key.Length > 0 && e.Value!.Errors.Count > 0 && TagBuilder.CreateSanitizedId(e.Key, "_") == id).Key
            : null;
    }

    /// <summary>The page's own references plus the field's message, resolved when the page is written (the message comes after the field).</summary>
    private sealed class DescribedBy(string? own, string name, FormErrorMap map) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var ids = (own ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (map.MessageId(name) is { } message && !ids.Contains(message))
            {
                ids.Add(message);
            }
            encoder.Encode(writer, string.Join(' ', ids));
        }
    }
}

/// <summary>A field's message (<c>asp-validation-for</c>) always has an id, so its field and the summary can point at it.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldMessageTagHelper : TagHelper
{
    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (FormErrorMap.Text(output.Attributes["data-valmsg-for"]) is not { Length: > 0 } name)
        {
            return;
        }
        var id = FormErrorMap.Text(output.Attributes["id"]) is { Length: > 0 } own ? own : FormErrorMap.MessageIdFor(name);
        output.Attributes.SetAttribute("id", id);
        FormErrorMap.For(ViewContext.HttpContext).AddMessage(name, id);
    }
}

/// <summary>Collects the text of labels (by their <c>for</c>) and legends, which name the summary's links — only on a page with errors.</summary>
[HtmlTargetElement("label", Attributes = "for")]
[HtmlTargetElement("label", Attributes = "asp-for")]
[HtmlTargetElement("fieldset")]
[HtmlTargetElement("legend")]
public sealed class FieldNameTagHelper : TagHelper
{
    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Init(TagHelperContext context)
    {
        if (context.TagName == "fieldset")
        {
            // Seen by the fields inside (and replaced by a nested fieldset's own legend).
            context.Items[typeof(Legend)] = new Legend();
        }
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ModelState.ErrorCount == 0 || context.TagName == "fieldset")
        {
            return;
        }
        var content = output.IsContentModified ? output.Content : await output.GetChildContentAsync();
        var text = new HtmlString(content.GetContent().Trim());
        if (context.TagName == "legend")
        {
            if (context.Items.TryGetValue(typeof(Legend), out var legend))
            {
                ((Legend)legend).Text = text;
            }
        }
        else if (FormErrorMap.Text(output.Attributes["for"]) is { Length: > 0 } id)
        {
            FormErrorMap.For(ViewContext.HttpContext).AddLabel(id, text);
        }
    }
}

/// <summary>The legend of the fieldset a radio or checkbox sits in: the name of its group.</summary>
internal sealed class Legend
{
    public IHtmlContent? Text { get; set; }
}
