namespace Lebenswelten.Core.Needs;

/// <summary>
/// The rules for an indicator CSV (docs/*/needs: district, year, and value or numerator+denominator), checked
/// line by line so that a coordinator sees every problem of a file at once.
/// </summary>
public static class IndicatorCsv
{
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    /// <summary>The columns a file needs for an indicator of this kind, besides district and year.</summary>
    public static IReadOnlyList<string> FigureColumns(IndicatorKind kind) =>
        kind == IndicatorKind.Ratio ? ["numerator", "denominator"] : ["value"];

    /// <summary>
    /// A file to fill in: the German header the chosen indicator needs, one line per district for the year, empty figures;
    /// semicolons and CRLF, as Excel on a German Windows opens and saves it.
    /// </summary>
    public static string Template(IndicatorKind kind, IEnumerable<string> districtNames, int year)
    {
        var header = kind == IndicatorKind.Ratio ? "Stadtteil;Jahr;Zähler;Nenner" : "Stadtteil;Jahr;Wert";
        var empty = kind == IndicatorKind.Ratio ? ";" : "";
        return string.Concat(districtNames.Select(name => $"{Quoted(name)};{year};{empty}\r\n").Prepend(header + "\r\n"));
    }

    private static string Quoted(string cell) =>
        cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    public static bool Fits(CsvContent csv, IndicatorKind kind) => FigureColumns(kind).All(csv.Has);

    /// <param name="others">The site's other indicators, of which the one the file seems to fit is named when it fits not the chosen.</param>
    public static IndicatorImportPreview Check(CsvContent csv, Indicator indicator, DistrictLookup districts,
        IReadOnlyDictionary<(Guid, int), double> existing, IReadOnlyList<Indicator>? others = null)
    {
        var errors = new List<ImportError>();
        foreach (var column in new[] { "district", "year" }.Where(c => !csv.Has(c)))
        {
            errors.Add(new(1, "Import.MissingColumn", column));
        }
        if (!Fits(csv, indicator.Kind))
        {
            // Name what the chosen indicator expects, what the file has, and which indicator it seems meant for.
            errors.Add(new(1, $"Import.ColumnsFor{indicator.Kind}", indicator.Name));
            errors.Add(new(1, "Import.ColumnsFound", string.Join(", ", csv.Header.Where(h => h.Length > 0))));
            if (SeemsFor(csv, others ?? []) is { Length: > 0 } fitting)
            {
                errors.Add(new(1, "Import.SeemsFor", fitting));
            }
        }
        if (errors.Count > 0)
        {
            return new([], errors);
        }
        if (csv.Lines.Count == 0)
        {
            return new([], [new(1, "Import.Empty")]);
        }
        var rows = new List<IndicatorImportRow>();
        var seen = new Dictionary<(Guid, int), int>();
        foreach (var line in csv.Lines.Where(l => FigureColumns(indicator.Kind).Any(c => l.Get(c).Length > 0)))
        {
            // A line without any figure is a district the template listed and nobody filled in: skipped, not an error.
            var before = errors.Count;
            var found = districts.TryFind(line.Get("district"), out var district);
            if (!found)
            {
                errors.Add(new(line.Line, "Import.UnknownDistrict", line.Get("district")));
            }
            if (!int.TryParse(line.Get("year"), out var year) || year is < FirstYear or > LastYear)
            {
                errors.Add(new(line.Line, "Import.BadYear", line.Get("year")));
            }
            var (value, numerator, denominator) = Figures(csv, line, indicator.Kind, errors);
            if (found && errors.Count == before && !seen.TryAdd((district.Id, year), line.Line))
            {
                errors.Add(new(line.Line, "Import.DuplicateRow", $"{district.Name} {year} ({seen[(district.Id, year)]})"));
            }
            if (errors.Count == before)
            {
                rows.Add(new(line.Line, district.Id, district.Name, year, value, numerator, denominator,
                    existing.TryGetValue((district.Id, year), out var previous) ? previous : null));
            }
        }
        return rows.Count == 0 && errors.Count == 0 ? new([], [new(1, "Import.Empty")]) : new(rows, errors);
    }

    /// <summary>
    /// The indicators whose kind the file's columns fit: the one named in a column header if any, else up to three.
    /// </summary>
    private static string SeemsFor(CsvContent csv, IReadOnlyList<Indicator> indicators)
    {
        var fitting = indicators.Where(i => Fits(csv, i.Kind)).OrderBy(i => i.Name, StringComparer.CurrentCulture).ToList();
        var named = fitting.Where(i => csv.Header.Any(h => h == i.Key.ToLowerInvariant() || h == i.Name.ToLowerInvariant())).ToList();
        return string.Join(", ", (named.Count > 0 ? named : fitting).Take(3).Select(i => $"„{i.Name}“"));
    }

    private static (double Value, int? Numerator, int? Denominator) Figures(CsvContent csv, CsvLine line, IndicatorKind kind,
        List<ImportError> errors)
    {
        int? Count(string column)
        {
            var cell = line.Get(column);
            if (cell.Length == 0)
            {
                return null;
            }
            if (int.TryParse(cell, out var count) && count >= 0)
            {
                return count;
            }
            errors.Add(new(line.Line, "Import.NotACount", cell));
            return null;
        }

        var before = errors.Count;
        var (numerator, denominator) = (Count("numerator"), Count("denominator"));
        if (errors.Count > before)
        {
            return (0, null, null);
        }
        var ratio = kind == IndicatorKind.Ratio;
        double? parsed = !ratio && csv.TryNumber(line.Get("value"), out var number) ? number : null;
        var (value, error) = IndicatorFigures.Resolve(kind, new IndicatorFigure(parsed, numerator, denominator));
        if (error is not null)
        {
            errors.Add(new(line.Line, error, ratio ? $"{line.Get("numerator")}/{line.Get("denominator")}" : line.Get("value")));
            return (0, null, null);
        }
        return (value, numerator, denominator);
    }
}
