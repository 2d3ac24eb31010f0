using Lebenswelten.Core.Evaluation;
using Lebenswelten.Core.Projects;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// A dashboard table as CSV or Excel: the very lines, held back ("&lt; 5") and rounded as on the page and in the API,
/// so that no export says more than the page (issue 20: "every table as CSV and Excel with the same suppression").
/// </summary>
public static class ReachFile
{
    private static readonly string[] Measures =
        ["Registrations", "Participants", "Attended", "NoShows", "Cancelled", "Waitlisted", "AttendanceRate", "Places", "Pressure"];

    public static (byte[] Content, string ContentType, string Name) Of(ReachTable table, ReachTableKind kind, string format,
        IStringLocalizer text, string prefix)
    {
        var headers = kind.GroupBy.Select(d => text[$"Evaluation.Dimension.{d}"].Value)
            .Concat(Measures.Select(h => text[$"Evaluation.{h}"].Value)).ToList();
        var rows = table.Lines.Select(l => Row(l.Group.Select(v => GroupLabels.Of(v, text)), l.Figures, table.MinimumCount))
            .Append(Row(kind.GroupBy.Select((_, i) => i == 0 ? text["Evaluation.Total"].Value : ""), table.Total, table.MinimumCount))
            .ToList();
        var name = $"{prefix}-{kind.Key}-{table.Query.Months.From:yyyy-MM}-{table.Query.Months.To:yyyy-MM}";
        return format == "xlsx"
            ? (TableFile.Xlsx(kind.Key, headers, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : (TableFile.Csv(headers, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    private static IReadOnlyList<object?> Row(IEnumerable<string> group, ReachFigures f, int minimum) =>
    [
        .. group, Cell(f.Registrations, minimum), Cell(f.Participants, minimum), Cell(f.Attended, minimum), Cell(f.NoShows, minimum),
        Cell(f.Cancelled, minimum), Cell(f.Waitlisted, minimum), f.AttendanceRate, f.Places, f.WaitlistPressure,
    ];

    /// <summary>A number where shown, the text "&lt; 5" where held back: never an empty cell a reader could take for 0.</summary>
    private static object Cell(PublishedCount count, int minimum) => count.Value is { } v ? v : $"< {minimum}";
}
