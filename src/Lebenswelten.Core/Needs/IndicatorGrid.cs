using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>One cell of the grid as entered: a district (by key) and year, and its figure; null where the cell was left empty.</summary>
public sealed record GridEntry(string DistrictKey, int Year, IndicatorFigure? Figure);

/// <summary>One indicator's stored values for the site's districts over some years (unsuppressed: for its coordinators).</summary>
public sealed record GridValues(Indicator Indicator, IReadOnlyList<District> Districts, IReadOnlyList<int> Years,
    IReadOnlyDictionary<(Guid District, int Year), IndicatorValue> Values)
{
    public IndicatorValue? At(District district, int year) => Values.GetValueOrDefault((district.Id, year));
}

/// <summary>
/// Correcting many values of one indicator at once, districts × years, as DHIS2's data entry form: every changed cell is
/// a correction with the same note, history and rules as <see cref="IndicatorCorrection"/>, all in one transaction or
/// none. An empty cell changes nothing (a value is never deleted from here); an unchanged one writes no history.
/// </summary>
public sealed class IndicatorGrid(LebensweltenDbContext db, TimeProvider clock)
{
    public const int MaxYears = 12;

    /// <summary>The cell's field name in errors: "{district key}|{year}".</summary>
    public static string CellKey(string districtKey, int year) => $"{districtKey}|{year}";

    public async Task<Outcome<GridValues>> LoadAsync(Guid siteId, Guid indicatorId, int fromYear, int toYear, CancellationToken ct = default)
    {
        if (await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId && i.SiteId == siteId, ct) is not { } indicator)
        {
            return DomainProblem.NotFound("Indicator.NotFound");
        }
        var errors = new FieldErrors();
        errors.AddIf(fromYear is < IndicatorCsv.FirstYear or > IndicatorCsv.LastYear, "From", "YearRange");
        errors.AddIf(toYear < fromYear || toYear > IndicatorCsv.LastYear || toYear - fromYear >= MaxYears, "To", "YearSpan");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name).ToListAsync(ct);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId && v.Year >= fromYear && v.Year <= toYear)
            .ToDictionaryAsync(v => (v.DistrictId, v.Year), ct);
        return new GridValues(indicator, districts, Enumerable.Range(fromYear, toYear - fromYear + 1).ToList(), values);
    }

    /// <summary>Stores the changed cells with the note; returns how many changed, or every cell's error at once.</summary>
    public async Task<Outcome<int>> SaveAsync(Guid siteId, Guid indicatorId, IReadOnlyList<GridEntry> entries, string? note, string actor,
        CancellationToken ct = default)
    {
        if (await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId && i.SiteId == siteId, ct) is not { } indicator)
        {
            return DomainProblem.NotFound("Indicator.NotFound");
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).ToDictionaryAsync(d => d.Key, d => d.Id, ct);
        var errors = new FieldErrors();
        var resolved = new List<(Guid District, int Year, double Value, IndicatorFigure Figure)>();
        foreach (var entry in entries.Where(e => e.Figure is not null))
        {
            var cell = CellKey(entry.DistrictKey, entry.Year);
            if (!districts.TryGetValue(entry.DistrictKey, out var district) || entry.Year is < IndicatorCsv.FirstYear or > IndicatorCsv.LastYear)
            {
                errors.Add(cell, "Unknown");
                continue;
            }
            var (value, error) = IndicatorFigures.Resolve(indicator.Kind, entry.Figure!);
            if (error is not null)
            {
                errors.Add(cell, error == "Import.NotANumber" ? "NotANumber" : "BadRatio");
                continue;
            }
            resolved.Add((district, entry.Year, value, entry.Figure! with { Value = indicator.Kind == IndicatorKind.Value ? value : null }));
        }
        errors.AddIf(resolved.Select(r => (r.District, r.Year)).Distinct().Count() != resolved.Count, "Cells", "DuplicateCell");
        errors.AddIf(note?.Trim().Length > IndicatorValueChange.MaxNoteLength, "Note", "TooLong");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        try
        {
            return await IndicatorFigures.InTransactionAsync(db, async () =>
            {
                var years = resolved.Select(r => r.Year).Distinct().ToList();
                var stored = await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId && years.Contains(v.Year))
                    .ToDictionaryAsync(v => (v.DistrictId, v.Year), ct);
                var changed = resolved.Where(r => stored.GetValueOrDefault((r.District, r.Year)) is not { } current
                    || current.Value != r.Value || current.Numerator != r.Figure.Numerator || current.Denominator != r.Figure.Denominator).ToList();
                if (changed.Count > 0 && string.IsNullOrWhiteSpace(note))
                {
                    // Every hand-made figure says why, as a single correction does.
                    return (Outcome<int>)DomainProblem.Field("Note", "Required");
                }
                var now = clock.GetUtcNow();
                foreach (var (district, year, value, figure) in changed)
                {
                    IndicatorFigures.Write(db, stored.GetValueOrDefault((district, year)), indicatorId, district, year, value, figure, actor, now,
                        note!.Trim());
                }
                return (Outcome<int>)changed.Count;
            }, ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
