using System.Globalization;
using Lebenswelten.Core.Needs;
using Lebenswelten.Core.Projects;
using Lebenswelten.Core.Referrals;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>The yearly report's lines that are not figures, written once for the page and the PDF.</summary>
public static class YearlyReportTexts
{
    /// <summary>Goal, baseline, target, latest value and progress as both the page and the PDF write them.</summary>
    public static IReadOnlyList<string> GoalCells(GoalProgress goal) =>
    [
        goal.Goal.Text, $"{goal.Goal.BaselineValue.ToString("0.##", CultureInfo.CurrentCulture)} ({goal.Goal.BaselineYear})",
        $"{goal.Goal.TargetValue.ToString("0.##", CultureInfo.CurrentCulture)} ({goal.Goal.TargetYear})",
        goal.LatestValue is { } v ? $"{v.ToString("0.##", CultureInfo.CurrentCulture)} ({goal.LatestYear})" : "–",
        goal.Share is { } share ? share.ToString("P0", CultureInfo.CurrentCulture) : "–",
    ];

    /// <summary>A month of voucher figures: month, issued, redeemed, attendances, held back under five as "&lt; 5".</summary>
    public static IReadOnlyList<string> VoucherCells(MonthFigures month) =>
    [
        CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(month.Month), month.Issued.Shown(), month.Redeemed.Shown(), month.Attendances.Shown(),
    ];


    public static string ProjectLine(Project project) =>
        project.StartsOn is null && project.EndsOn is null
            ? project.Title
            : $"{project.Title} ({project.StartsOn?.ToString("d") ?? "…"} – {project.EndsOn?.ToString("d") ?? "…"})";

    public static IEnumerable<string> Methods(IStringLocalizer text, int minimum) =>
    [
        text["Evaluation.Report.Method1"], text["Evaluation.Report.Method2"], text["Evaluation.Report.Method3", minimum],
        text["Evaluation.Report.Method4"],
    ];
}
