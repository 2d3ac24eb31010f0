using System.Globalization;
using System.Text.Encodings.Web;
using Lebenswelten.Core.Network;
using Microsoft.AspNetCore.Html;

namespace Lebenswelten.Web.Features.Network;

public sealed record GraphNode(Guid Id, string Label, double X, double Y, string CssClass);

public sealed record GraphEdge(double X1, double Y1, double X2, double Y2, string CssClass);

/// <summary>
/// The network picture drawn on the server as SVG (no script, works without JavaScript): networks in the middle,
/// organisations on a circle around them, a line for each membership and a dashed one for each agreement. The same
/// facts stand in the table beside it (WCAG 1.1.1).
/// </summary>
public sealed class GraphPicture
{
    public const int Size = 600;

    private GraphPicture(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges) => (Nodes, Edges) = (nodes, edges);

    public IReadOnlyList<GraphNode> Nodes { get; }
    public IReadOnlyList<GraphEdge> Edges { get; }

    public static GraphPicture Of(NetworkGraph graph)
    {
        var nodes = new Dictionary<Guid, GraphNode>();
        Place(graph.Networks.Select(n => (n.Id, n.Name, "graph-network")).ToList(), graph.Networks.Count == 1 ? 0 : 90, nodes);
        Place(graph.Organisations.Select(o => (o.Id, o.Name, $"graph-org kind-{o.Kind.ToString().ToLowerInvariant()}")).ToList(), 240,
            nodes);
        var edges = graph.Memberships.Where(m => nodes.ContainsKey(m.NetworkId) && nodes.ContainsKey(m.OrganisationId))
            .Select(m => Edge(nodes[m.NetworkId], nodes[m.OrganisationId], "graph-membership"))
            .Concat(graph.AgreementLinks().Where(l => nodes.ContainsKey(l.From) && nodes.ContainsKey(l.To))
                .Select(l => Edge(nodes[l.From], nodes[l.To], "graph-agreement")))
            .ToList();
        return new GraphPicture([.. nodes.Values], edges);
    }

    /// <summary>An SVG text element (Razor reads a literal text tag as its own), the label encoded.</summary>
    public static IHtmlContent Label(GraphNode node) => new HtmlString(
        $"<text x=\"{N(node.X)}\" y=\"{N(node.Y + 22)}\" text-anchor=\"middle\">{HtmlEncoder.Default.Encode(node.Label)}</text>");

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Place(List<(Guid Id, string Name, string Css)> items, double radius, Dictionary<Guid, GraphNode> nodes)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var angle = 2 * Math.PI * i / Math.Max(1, items.Count) - Math.PI / 2;
            nodes[items[i].Id] = new GraphNode(items[i].Id, items[i].Name, Size / 2.0 + radius * Math.Cos(angle),
                Size / 2.0 + radius * Math.Sin(angle), items[i].Css);
        }
    }

    private static GraphEdge Edge(GraphNode from, GraphNode to, string css) => new(from.X, from.Y, to.X, to.Y, css);
}
