using Lebenswelten.Core.Evaluation;
using PdfSharp.Pdf;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// Writes the yearly report as PDF with the page's texts and the same published figures (held back as "&lt; 5",
/// rounded to fives): what the page shows, the PDF says, in the reader's language.
/// </summary>
public static class YearlyReportPdf
{
    private static readonly double[] FigureWidths = [0.34, 0.11, 0.11, 0.11, 0.11, 0.11, 0.11];

    public static byte[] Write(YearlyReport report, IStringLocalizer text)
    {
        ReportFonts.Register();
        var title = text["Evaluation.Report.Title", report.Site.Name, report.Year].Value;
        var document = new PdfDocument();
        (document.Info.Title, document.Info.Author) = (title, "Lebenswelten");
        var pdf = new PdfLayout(document, $"{title} · {text["Evaluation.Report.Written", report.Written.ToString("d")]}");
        var minimum = report.Overview.MinimumCount;
        pdf.Heading(title, 17);
        pdf.Paragraph(text["Evaluation.Report.Intro", report.Site.Name, report.Year]);
        pdf.Paragraph(text["Evaluation.Intro", minimum]);
        if (report.Overview.IsSampleData)
        {
            pdf.Paragraph(text["Evaluation.SampleData"]);
        }
        KeyFigures(pdf, report, text);
        Equity(pdf, report.Figures.Equity, text);
        foreach (var (kind, table) in report.Figures.Tables.Where(t => t.Table.Lines.Count > 0))
        {
            pdf.Heading(text[$"Evaluation.Table.{kind.Key}"]);
            pdf.Bars(table.Lines.Select(l => (Label(l, text), (double?)l.Figures.Participants.Value, ReachSection.Shown(l.Figures.Participants, minimum))));
            pdf.Table(FigureHeader(text, text["Evaluation.Group"]),
                [.. table.Lines.Select(l => FigureCells(Label(l, text), l.Figures, minimum)), FigureCells(text["Evaluation.Total"], table.Total, minimum)],
                FigureWidths);
        }
        Consultations(pdf, report.Figures.Consultations, minimum, text);
        if (report.Vouchers.Count > 0)
        {
            pdf.Heading(text["Evaluation.Report.Vouchers"]);
            pdf.Paragraph(text["Evaluation.Report.VouchersIntro"]);
            pdf.Table(VoucherHeader(text), report.Vouchers.Select(YearlyReportTexts.VoucherCells), [0.4, 0.2, 0.2, 0.2]);
        }
        pdf.Heading(text["Evaluation.Report.Goals"]);
        if (report.Goals.Count == 0)
        {
            pdf.Paragraph(text["Evaluation.Report.NoGoals"]);
        }
        else
        {
            pdf.Table([text["Evaluation.Report.Goal"], text["Evaluation.Report.Baseline"], text["Evaluation.Report.Target"],
                text["Evaluation.Report.Latest"], text["Evaluation.Report.Progress"]], report.Goals.Select(YearlyReportTexts.GoalCells), [0.4, 0.15, 0.15, 0.15, 0.15]);
        }
        pdf.Heading(text["Evaluation.Report.Projects"]);
        if (report.Projects.Count == 0)
        {
            pdf.Paragraph(text["Evaluation.Report.NoProjects"]);
        }
        foreach (var project in report.Projects)
        {
            pdf.Paragraph("• " + YearlyReportTexts.ProjectLine(project));
        }
        pdf.Heading(text["Evaluation.Report.Methods"]);
        foreach (var paragraph in YearlyReportTexts.Methods(text, minimum))
        {
            pdf.Paragraph(paragraph);
        }
        using var stream = new MemoryStream();
        pdf.Save(stream);
        return stream.ToArray();
    }

    private static void KeyFigures(PdfLayout pdf, YearlyReport report, IStringLocalizer text)
    {
        var total = report.Overview.Total;
        var minimum = report.Overview.MinimumCount;
        pdf.Heading(text["Evaluation.Report.KeyFigures", report.Year]);
        pdf.Table([text["Evaluation.Report.Figure"], text["Evaluation.Report.Value"]],
        [
            [text["Evaluation.Registrations"], ReachSection.Shown(total.Registrations, minimum)],
            [text["Evaluation.Participants"], ReachSection.Shown(total.Participants, minimum)],
            [text["Evaluation.AttendanceRate"], ReachSection.Shown(total.AttendanceRate)],
            [text["Evaluation.Pressure"], ReachSection.Shown(total.WaitlistPressure, percent: false)],
            [text["Evaluation.Concentration"], report.Figures.Equity.ConcentrationIndex?.ToString("0.000") ?? "–"],
        ], [0.6, 0.4]);
    }

    private static void Equity(PdfLayout pdf, EquityTable equity, IStringLocalizer text)
    {
        pdf.Heading(text["Evaluation.Equity"]);
        pdf.Paragraph(text["Evaluation.EquityIntro"]);
        pdf.Paragraph(text["Evaluation.EquityCaption", equity.ConcentrationIndex?.ToString("0.000") ?? "–"]);
        pdf.Table([text["Evaluation.District"], text["Evaluation.Residents"], text["Evaluation.Participants"], text["Evaluation.ReachRatio"],
                text["Evaluation.NeedRank"], text["Evaluation.GisdQuintile"]],
            equity.Districts.Select(d => (IReadOnlyList<string>)[d.Name, d.Residents?.ToString("N0") ?? "–",
                ReachSection.Shown(d.Participants, equity.MinimumCount), ReachSection.Shown(d.ReachRatio, percent: false),
                d.NeedRank?.ToString() ?? "–", d.GisdQuintile?.ToString() ?? "–"]),
            [0.3, 0.14, 0.14, 0.14, 0.14, 0.14]);
    }

    private static void Consultations(PdfLayout pdf, IReadOnlyList<ConsultationMonth> months, int minimum, IStringLocalizer text)
    {
        if (months.Count == 0)
        {
            return;
        }
        pdf.Heading(text["Evaluation.Consultations"]);
        pdf.Table([text["Evaluation.Room"], text["Evaluation.Month"], text["Evaluation.Booked"], text["Evaluation.Held"], text["Evaluation.Cancelled"]],
            months.Select(m => (IReadOnlyList<string>)[m.Room, m.Month.ToString("MM/yyyy"), ReachSection.Shown(m.Booked, minimum),
                ReachSection.Shown(m.Held, minimum), ReachSection.Shown(m.Cancelled, minimum)]),
            [0.36, 0.16, 0.16, 0.16, 0.16]);
    }

    public static IReadOnlyList<string> VoucherHeader(IStringLocalizer text) =>
    [
        text["Evaluation.Month"], text["Evaluation.Report.Issued"], text["Evaluation.Report.Redeemed"], text["Evaluation.Report.Attendances"],
    ];

    private static IReadOnlyList<string> FigureHeader(IStringLocalizer text, string group) =>
    [
        group, text["Evaluation.Registrations"], text["Evaluation.Participants"], text["Evaluation.Attended"], text["Evaluation.NoShows"],
        text["Evaluation.Cancelled"], text["Evaluation.AttendanceRate"],
    ];

    private static IReadOnlyList<string> FigureCells(string label, ReachFigures f, int minimum) =>
    [
        label, ReachSection.Shown(f.Registrations, minimum), ReachSection.Shown(f.Participants, minimum), ReachSection.Shown(f.Attended, minimum),
        ReachSection.Shown(f.NoShows, minimum), ReachSection.Shown(f.Cancelled, minimum), ReachSection.Shown(f.AttendanceRate),
    ];

    private static string Label(ReachLine line, IStringLocalizer text) => string.Join(" · ", line.Group.Select(v => GroupLabels.Of(v, text)));
}
