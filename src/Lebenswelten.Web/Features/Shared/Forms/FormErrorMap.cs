using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lebenswelten.Web.Features.Shared.Forms;

/// <summary>
/// What the page rendered for each field with an error, collected by the tag helpers in this folder while the page
/// runs: the field's id and name (label or legend), and the id of its message. The error summary and the fields'
/// <c>aria-describedby</c> read it when the page is written out, after every field has been seen, so that one
/// shared summary can link to fields whose ids each page chose itself (WCAG 3.3.1, technique G139).
/// </summary>
public sealed class FormErrorMap
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, (string Id, IHtmlContent? Label)> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IHtmlContent> _labels = new(StringComparer.Ordinal);
    private int _summaries;

    public static FormErrorMap For(HttpContext http) =>
        (FormErrorMap)(http.Items[typeof(FormErrorMap)] ??= new FormErrorMap());

    /// <summary>The first field rendered for a name wins (the first radio of a group); a group is named by its legend.</summary>
    internal void AddField(string name, string id, IHtmlContent? groupLabel)
    {
        if (_fields.TryAdd(name, (id, groupLabel)))
        {
            _names.Add(name);
        }
    }

    internal void AddMessage(string name, string id) => _messages.TryAdd(name, id);

    internal void AddLabel(string forId, IHtmlContent text) => _labels.TryAdd(forId, text);

    internal string? MessageId(string name) => _messages.GetValueOrDefault(name);

    /// <summary>A fresh id for each summary on the page, so two never share one.</summary>
    public string NextSummaryId() => ++_summaries == 1 ? "error-summary" : $"error-summary-{_summaries}";

    /// <summary>The fields in the order the page showed them; names with an error but no field on the page come last.</summary>
    internal IEnumerable<(string Name, string? Id, IHtmlContent? Label)> Fields(IEnumerable<string> erroneous)
    {
        var wanted = erroneous.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _names.Where(wanted.Contains))
        {
            var (id, group) = _fields[name];
            yield return (name, id, group ?? _labels.GetValueOrDefault(id));
        }
        foreach (var name in wanted.Where(n => !_fields.ContainsKey(n)))
        {
            yield return (name, null, null);
        }
    }

    /// <summary>The id the shared message of a field gets when the page gave it none.</summary>
    public static string MessageIdFor(string name) => TagBuilder.CreateSanitizedId(name, "_") + "-error";

    /// <summary>An attribute's value as text, whether the page wrote it as a literal or with Razor expressions.</summary>
    internal static string? Text(TagHelperAttribute? attribute)
    {
        switch (attribute?.Value)
        {
            case null:
                return null;
            case IHtmlContent html:
                using (var writer = new StringWriter())
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return System.Net.WebUtility.HtmlDecode(writer.ToString());
                }
            default:
                return attribute.Value.ToString();
        }
    }
}
