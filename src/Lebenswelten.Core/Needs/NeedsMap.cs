using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>The figures of one indicator (or the need index when none is chosen) for one year, in five classes.</summary>
public sealed record NeedsMap(Indicator? Indicator, int? Year, IReadOnlyList<int> Years, IReadOnlyList<double> Breaks,
    IReadOnlyList<DistrictFigure> Rows)
{
    public const int ClassCount = 5;

    public static NeedsMap Build(IReadOnlyList<District> districts, Indicator? indicator, int? year,
        IReadOnlyList<IndicatorValue> values, IReadOnlyList<NeedScore> need)
    {
        var own = indicator is null ? [] : values.Where(v => v.IndicatorId == indicator.Id).ToList();
        var years = own.Select(v => v.Year).Distinct().Order().ToList();
        var shownYear = indicator is null ? null : year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[^1] : (int?)null;
        var byDistrict = own.Where(v => v.Year == shownYear).ToDictionary(v => v.DistrictId);
        var needBy = need.ToDictionary(n => n.DistrictId);
        double? Figure(District d) =>
            indicator is null ? needBy.GetValueOrDefault(d.Id)?.Score : byDistrict.GetValueOrDefault(d.Id)?.PublicValue;
        var breaks = Quantiles(districts.Select(Figure).OfType<double>().ToList());
        var rows = districts.Select(d => new DistrictFigure(d, Figure(d), byDistrict.GetValueOrDefault(d.Id)?.IsSmallNumber == true,
                Figure(d) is { } f ? ClassOf(f, breaks) : null, needBy.GetValueOrDefault(d.Id)))
            .ToList();
        return new(indicator, shownYear, years, breaks, rows);
    }

    /// <summary>Upper bounds of the first four quantile classes (the fifth is open): equal numbers of districts per colour.</summary>
    public static IReadOnlyList<double> Quantiles(IReadOnlyList<double> figures)
    {
        if (figures.Count == 0)
        {
            return [];
        }
        var sorted = figures.Order().ToList();
        return Enumerable.Range(1, ClassCount - 1)
            .Select(i => sorted[(int)Math.Ceiling(i * sorted.Count / (double)ClassCount) - 1]).Distinct().ToList();
    }

    /// <summary>1 (lowest) to 5 (highest): the class whose half-open interval (above, up to] holds the figure.</summary>
    public static int ClassOf(double figure, IReadOnlyList<double> breaks) => breaks.Count(b => figure > b) + 1;

    /// <summary>
    /// The legend's classes as half-open intervals (Above, UpTo]: the first has no lower bound, the last no upper one,
    /// so a figure on a break belongs to the lower class only, as <see cref="ClassOf"/> places it.
    /// </summary>
    public IReadOnlyList<(int Class, double? Above, double? UpTo)> Classes =>
        Breaks.Count == 0 ? []
            : Enumerable.Range(0, Breaks.Count + 1)
                .Select(i => (i + 1, i == 0 ? (double?)null : Breaks[i - 1], i == Breaks.Count ? (double?)null : Breaks[i])).ToList();
}
