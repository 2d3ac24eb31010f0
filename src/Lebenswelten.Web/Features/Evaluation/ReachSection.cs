using System.Text.Json;
using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>One table of a dashboard with its chart and its export links (the same figures in all three).</summary>
public sealed record ReachSection(ReachTableKind Kind, ReachTable Table, Func<GroupValue, string> Label, string ExportPage,
    IReadOnlyDictionary<string, string?> ExportValues)
{
    public string GroupLabel(ReachLine line) => string.Join(" · ", line.Group.Select(Label));

    /// <summary>
    /// The chart's data: participants per line; a held-back line is a gap (null), never 0. The table under the chart is
    /// the accessible form (WCAG 1.1.1): the canvas only repeats it.
    /// </summary>
    public string ChartJson(string seriesLabel) => JsonSerializer.Serialize(new
    {
        type = Kind.Chart,
        labels = Table.Lines.Select(GroupLabel),
        label = seriesLabel,
        values = Table.Lines.Select(l => l.Figures.Participants.Value),
    });

    public static string Shown(PublishedCount count, int minimum) => count.HeldBack ? $"< {minimum}" : count.Value!.Value.ToString("N0");

    public static string Shown(double? rate, bool percent = true) =>
        rate is not { } r ? "–" : percent ? r.ToString("P0") : r.ToString("0.00");
}
