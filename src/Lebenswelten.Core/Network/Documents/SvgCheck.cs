using System.Xml;

namespace Lebenswelten.Core.Network.Documents;

/// <summary>
/// An SVG is a program as much as a picture: it may carry script, event handlers, javascript: links, foreign HTML and
/// external references. We accept only an SVG without any of them, and refuse DTDs (no entity expansion, no XXE).
/// </summary>
public static class SvgCheck
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener",
    };

    public static (InspectedFile? File, string? Problem) Inspect(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 50_000_000,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (root && (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace))
                {
                    return (null, "Document.UnsupportedType");
                }
                root = false;
                if (Forbidden.Contains(reader.LocalName) || HasActiveAttribute(reader))
                {
                    return (null, "Document.SvgScript");
                }
            }
            return root ? (null, "Document.UnsupportedType") : (new("image/svg+xml", ".svg"), null);
        }
        catch (XmlException error)
        {
            // A DTD could expand entities (billion laughs) or reach outside (XXE): refused like script.
            return (null, error.Message.Contains("DTD", StringComparison.Ordinal) ? "Document.SvgScript" : "Document.Damaged");
        }
    }

    /// <summary>Event handlers (onload, …), links that are not in-document (#id), and animations that rewrite them.</summary>
    private static bool HasActiveAttribute(XmlReader reader)
    {
        var animates = reader.LocalName is "set" or "animate";
        while (reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = reader.Value.Trim();
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (name == "href" && !value.StartsWith('#'))
                || (animates && name == "attributeName" && (value.EndsWith("href", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                || value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        reader.MoveToElement();
        return false;
    }
}
