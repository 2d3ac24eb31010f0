using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lebenswelten.Core.Needs;

/// <summary>One data line of an uploaded CSV: its 1-based line number and its cells by lower-case header.</summary>
public sealed record CsvLine(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string column) => Cells.GetValueOrDefault(column, "").Trim();
}

/// <summary>
/// Reads the small CSV files coordinators upload: comma or semicolon (as German spreadsheets write it, then with
/// a decimal comma), a header line, German or English column names.
/// </summary>
public static class CsvTable
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stadtteil"] = "district", ["ortsteil"] = "district", ["jahr"] = "year", ["wert"] = "value",
        ["zaehler"] = "numerator", ["zähler"] = "numerator", ["nenner"] = "denominator", ["einwohner"] = "residents",
        ["altersgruppe"] = "age_band", ["geschlecht"] = "sex",
    };

    public static CsvContent Read(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true, DetectDelimiterValues = [",", ";", "\t"], BadDataFound = null, MissingFieldFound = null,
        };
        using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), configuration);
        var lines = new List<CsvLine>();
        if (!csv.Read())
        {
            return new(lines, [], false);
        }
        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).Select(h => Aliases.GetValueOrDefault(h, h)).ToArray();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>();
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i]] = csv.TryGetField<string>(i, out var cell) ? cell ?? "" : "";
            }
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            lines.Add(new CsvLine(csv.Parser.RawRow, cells));
        }
        return new(lines, header, csv.Parser.Delimiter == ";");
    }

}

public sealed record CsvContent(List<CsvLine> Lines, string[] Header, bool DecimalComma)
{
    public bool Has(string column) => Header.Contains(column);

    /// <summary>"12.5" everywhere; "12,5" and "1.234,5" in semicolon files, as German spreadsheets save them.</summary>
    public bool TryNumber(string cell, out double number) =>
        double.TryParse(DecimalComma && cell.Contains(',') ? cell.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : cell,
            NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
}
