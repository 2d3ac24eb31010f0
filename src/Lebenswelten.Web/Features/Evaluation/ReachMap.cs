using System.Globalization;
using System.Text.Json;
using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// The reach layer of the district map: each district coloured by its reach ratio in five fixed classes, drawn by the
/// needs map's script (wwwroot/js/needs-map.js, which reads <c>{ key: { c, s } }</c>); the equity table beside it holds
/// the same figures and is all that shows without JavaScript.
/// </summary>
public static class ReachMap
{
    /// <summary>Upper bounds of classes 1 to 4: far below, below, about, above its share of residents; class 5 far above.</summary>
    public static readonly double[] Breaks = [0.5, 0.8, 1.25, 2];

    public static int? ClassOf(double? ratio) => ratio is { } r ? Breaks.Count(b => r > b) + 1 : null;

    public static string FiguresJson(EquityTable equity, IStringLocalizer text) => JsonSerializer.Serialize(equity.Districts.ToDictionary(
        d => d.Key, d => new
        {
            c = ClassOf(d.ReachRatio),
            s = text["Evaluation.MapFigure", d.ReachRatio?.ToString("0.00", CultureInfo.CurrentCulture) ?? "–",
                d.NeedRank?.ToString(CultureInfo.CurrentCulture) ?? "–"].Value,
        }));
}
