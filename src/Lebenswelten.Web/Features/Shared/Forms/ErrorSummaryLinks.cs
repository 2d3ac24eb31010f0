using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lebenswelten.Web.Features.Shared.Forms;

/// <summary>
/// The error summary's list: one link per refused field, named by its label and leading to it (<c>href="#id"</c>),
/// in the order the form shows them (WCAG 3.3.1, 2.4.3). Written out after the page has run, so it knows every field's
/// id; a refused value without a field on the page is listed by its message instead.
/// </summary>
public sealed class ErrorSummaryLinks(ModelStateDictionary state, FormErrorMap map) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var erroneous = state.Where(e => e.Key.Length > 0 && e.Value!.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!);
        writer.Write("<ul>");
        foreach (var (name, id, label) in map.Fields(erroneous.Keys))
        {
            writer.Write("<li>");
            if (id is null)
            {
                encoder.Encode(writer, string.Join(" ", erroneous[name].Errors.Select(e => e.ErrorMessage)));
            }
            else
            {
                writer.Write("<a href=\"#");
                encoder.Encode(writer, id);
                writer.Write("\">");
                if (label is null)
                {
                    encoder.Encode(writer, string.Join(" ", erroneous[name].Errors.Select(e => e.ErrorMessage)));
                }
                else
                {
                    label.WriteTo(writer, encoder);
                }
                writer.Write("</a>");
            }
            writer.Write("</li>");
        }
        writer.Write("</ul>");
    }
}
