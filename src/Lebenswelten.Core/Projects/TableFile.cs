using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace Lebenswelten.Core.Projects;

/// <summary>
/// A table as a file: CSV (semicolon, UTF-8 with BOM, as German spreadsheet programs open it) or Excel (xlsx through
/// MiniExcel). Cells are text or numbers; a text that starts like a formula is written as text (CSV injection, OWASP).
/// </summary>
public static class TableFile
{
    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.GetCultureInfo("de-DE"))
               { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var table = rows.Select(row => (IDictionary<string, object?>)headers.Select((h, i) => (h, i))
            .ToDictionary(c => c.h, c => Safe(row[c.i]))).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { [sheet] = table });
        return stream.ToArray();
    }

    /// <summary>Reads an xlsx back as rows of cells (first row: the headers), as a person opening it would see them.</summary>
    public static List<List<object?>> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToList()).ToList();
    }

    private static object? Safe(object? cell) =>
        cell is string text && text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : cell;
}
