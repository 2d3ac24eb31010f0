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
/// Reads the small CSV files coordinators upload: comma, semicolon (as German spreadsheets write it, then with
/// a decimal comma) or tab, chosen by the header line (or Excel's "sep=;" line), a header line, German or English
/// column names. Bytes become text through <see cref="UploadedText"/> (UTF-8 or Windows-1252).
/// </summary>
public static class CsvTable
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stadtteil"] = "district", ["ortsteil"] = "district", ["jahr"] = "year", ["wert"] = "value",
        ["zaehler"] = "numerator", ["zähler"] = "numerator", ["nenner"] = "denominator", ["einwohner"] = "residents",
        ["altersgruppe"] = "age_band", ["geschlecht"] = "sex",
    };

    private static readonly char[] Separators = [';', ',', '\t'];

    public static CsvContent Read(byte[] bytes) => Read(UploadedText.Decode(bytes));

    public static CsvContent Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var (separator, skip) = Separator(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(), BadDataFound = null, MissingFieldFound = null,
        };
        using var reader = new StringReader(text);
        if (skip)
        {
            reader.ReadLine();
        }
        using var csv = new CsvReader(reader, configuration);
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
            lines.Add(new CsvLine(csv.Parser.RawRow + (skip ? 1 : 0), cells));
        }
        return new(lines, header, separator == ';');
    }

    /// <summary>
    /// The separator the header line uses most (a tie goes to the semicolon, Excel's choice in German), or the one an
    /// Excel "sep=" line names; the second value says whether that line must be skipped.
    /// </summary>
    public static (char Separator, bool SkipFirstLine) Separator(string text)
    {
        var first = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length);
        if (first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && first.Length == 5 && Separators.Contains(first[4]))
        {
            return (first[4], true);
        }
        var header = first.ToString();
        return (Separators.OrderByDescending(s => header.Count(c => c == s)).First(), false);
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
