using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lebenswelten.Web.Features.Evaluation;

/// <summary>
/// Writes text, tables and bars down A4 pages, starting a new page when one is full. Small on purpose: the yearly report
/// needs headings, paragraphs, tables and bar charts, nothing a layout engine would add.
/// </summary>
public sealed class PdfLayout(PdfDocument document, string footer)
{
    private const double Margin = 50, LineGap = 1.35;
    private static readonly XFont Body = new(ReportFonts.Family, 9.5);
    // Tables a size smaller, so that seven columns of German headings fit the width of A4.
    private static readonly XFont Cell = new(ReportFonts.Family, 8), Header = new(ReportFonts.Family, 8, XFontStyleEx.Bold);
    private XGraphics? page;
    private double y, width, bottom;

    private XGraphics Page => page ?? NewPage();

    public void Heading(string text, double size = 13)
    {
        Space(size);
        Paragraph(text, new XFont(ReportFonts.Family, size, XFontStyleEx.Bold));
        y += 3;
    }

    public void Paragraph(string text, XFont? font = null)
    {
        font ??= Body;
        foreach (var line in Wrap(text, font, width))
        {
            Space(font.Size * LineGap);
            Page.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y + font.Size));
            y += font.Size * LineGap;
        }
        y += 4;
    }

    /// <summary>A table with a header row repeated on each new page; widths are shares of the text width.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> widths)
    {
        Row(header, widths, Header);
        foreach (var row in rows)
        {
            Row(row, widths, Cell, header);
        }
        y += 6;
    }

    /// <summary>Horizontal bars (a held-back value is no bar, only its text): the chart beside the table, as on the page.</summary>
    public void Bars(IEnumerable<(string Label, double? Value, string Shown)> bars)
    {
        var items = bars.ToList();
        var max = items.Max(b => b.Value ?? 0);
        var labelWidth = width * 0.35;
        foreach (var (label, value, shown) in items)
        {
            Space(14);
            Page.DrawString(Fit(label, Body, labelWidth - 4), Body, XBrushes.Black, new XPoint(Margin, y + 9.5));
            var length = max > 0 && value is { } v ? (width * 0.5) * v / max : 0;
            Page.DrawRectangle(new XSolidBrush(XColor.FromArgb(0x1a, 0x5f, 0x7a)), Margin + labelWidth, y + 2, length, 9);
            Page.DrawString(shown, Body, XBrushes.Black, new XPoint(Margin + labelWidth + length + 4, y + 9.5));
            y += 14;
        }
        y += 6;
    }

    public void Save(Stream stream)
    {
        page?.Dispose();
        document.Save(stream, closeStream: false);
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, IReadOnlyList<string>? header = null)
    {
        var lines = cells.Select((c, i) => Wrap(c, font, width * widths[i] - 6)).ToList();
        var height = lines.Max(l => l.Count) * font.Size * LineGap + 4;
        if (y + height > bottom && header is not null)
        {
            NewPage();
            Row(header, widths, Header);
        }
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            for (var l = 0; l < lines[i].Count; l++)
            {
                Page.DrawString(lines[i][l], font, XBrushes.Black, new XPoint(x + 2, y + 2 + font.Size + l * font.Size * LineGap));
            }
            x += width * widths[i];
        }
        y += height;
        Page.DrawLine(XPens.LightGray, Margin, y, Margin + width, y);
    }

    private void Space(double height)
    {
        if (page is null || y + height > bottom)
        {
            NewPage();
        }
    }

    private XGraphics NewPage()
    {
        page?.Dispose();
        var pdfPage = document.AddPage();
        pdfPage.Size = PageSize.A4;
        page = XGraphics.FromPdfPage(pdfPage);
        (width, bottom, y) = (pdfPage.Width.Point - 2 * Margin, pdfPage.Height.Point - Margin - 20, Margin);
        page.DrawString($"{footer} · {document.PageCount}", Body, XBrushes.Gray, new XPoint(Margin, pdfPage.Height.Point - Margin + 5));
        return page;
    }

    private List<string> Wrap(string text, XFont font, double room)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Page.MeasureString(candidate, font).Width > room)
            {
                lines.Add(line);
                candidate = word;
            }
            line = candidate;
        }
        lines.Add(line);
        return lines;
    }

    private string Fit(string text, XFont font, double room)
    {
        while (text.Length > 1 && Page.MeasureString(text, font).Width > room)
        {
            text = text[..^2] + "…";
        }
        return text;
    }
}
