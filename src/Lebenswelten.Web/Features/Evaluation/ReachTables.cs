using Lebenswelten.Core.Evaluation;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>A table of the dashboards: its name in addresses and files, its grouping and how its chart shows it.</summary>
public sealed record ReachTableKind(string Key, IReadOnlyList<ReachDimension> GroupBy, string Chart);

/// <summary>The tables the dashboards show and export: the same grouping in the page, the CSV and the Excel file.</summary>
public static class ReachTables
{
    public static readonly IReadOnlyList<ReachTableKind> Site =
    [
        new("stadtteile", [ReachDimension.District], "bar"),
        new("alter", [ReachDimension.AgeBand, ReachDimension.Sex], "bar"),
        new("kategorien", [ReachDimension.Category], "bar"),
        new("zielgruppen", [ReachDimension.TargetGroup], "bar"),
        new("monate", [ReachDimension.Month], "line"),
        new("projekte", [ReachDimension.Project], "bar"),
    ];

    public static readonly IReadOnlyList<ReachTableKind> AcrossSites =
    [
        new("standorte", [ReachDimension.Site], "bar"),
        new("standorte-quartale", [ReachDimension.Site, ReachDimension.Quarter], "bar"),
        new("standorte-kategorien", [ReachDimension.Site, ReachDimension.Category], "bar"),
    ];

    public static ReachTableKind? Find(IReadOnlyList<ReachTableKind> kinds, string? key) => kinds.FirstOrDefault(k => k.Key == key);
}
