using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lebenswelten.Web.Features.Shared.Forms;

/// <summary>
/// The error summary's list: one link per refused field, named by its label and leading to it (<c>href="#id"</c>),
/// in the order the form shows them (WCAG 3.3.1, 2.4.3). Written out after the page has run, so it knows every field's
/// id. A field without a label is named by its message.
/// </summary>
public sealed class ErrorSummaryLinks(ModelStateDictionary state, FormErrorMap map) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var erroneous = state.Where(e => e.Key.Length > 0 && e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!);
        // A refused value the page shows without a field of that name (a confirmation box, a computed amount) keeps its
        // message where the page put it; the heading above already says that something needs checking.
        var fields = map.Fields(erroneous.Keys).Where(f => f.Id is not null).ToList();
        if (fields.Count == 0)
        {
            return;
        }
        writer.Write("<ul>");
        foreach (var (name, id, label) in fields)
        {
            writer.Write("<li><a href=\"#");
            encoder.Encode(writer, id!);
            writer.Write("\">");
            if (label is null)
            {
                encoder.Encode(writer, string.Join(" ", erroneous[name].Errors.Select(e => e.ErrorMessage)));
            }
            else
            {
                label.WriteTo(writer, encoder);
            }
            writer.Write("</a></li>");
        }
        writer.Write("</ul>");
    }
}
