namespace Lebenswelten.Core.Needs;

/// <summary>One checked CSV row: what will be stored, and what it replaces.</summary>
public sealed record IndicatorImportRow(int Line, Guid DistrictId, string District, int Year, double Value,
    int? Numerator, int? Denominator, double? Previous)
{
    public bool IsSmallNumber => Numerator is < IndicatorValue.SmallNumberThreshold;
}

public sealed record IndicatorImportPreview(IReadOnlyList<IndicatorImportRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool CanCommit => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>
/// Yearly indicator values from CSV: a preview that checks every line, then a commit that stores all rows in one
/// transaction or none. Replaced values go to the history (<see cref="IndicatorValueChange"/>).
/// </summary>
public sealed class IndicatorImport(LebensweltenDbContext db, TimeProvider clock)
{
    public async Task<Outcome<IndicatorImportPreview>> PreviewAsync(Guid siteId, Guid indicatorId, string csv,
        CancellationToken ct = default)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SiteId == siteId).ToListAsync(ct);
        if (indicators.FirstOrDefault(i => i.Id == indicatorId) is not { } indicator)
        {
            return DomainProblem.NotFound("Indicator.NotFound");
        }
        var districts = await DistrictLookup.LoadAsync(db, siteId, ct);
        var existing = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicatorId)
            .ToDictionaryAsync(v => (v.DistrictId, v.Year), v => v.Value, ct);
        return IndicatorCsv.Check(CsvTable.Read(csv), indicator, districts, existing, indicators.Where(i => i.Id != indicatorId).ToList());
    }

    /// <summary>Stores every row of a clean file; a file with any error stores nothing and returns the preview with its errors.</summary>
    public async Task<Outcome<IndicatorImportPreview>> CommitAsync(Guid siteId, Guid indicatorId, string csv, string actor,
        CancellationToken ct = default)
    {
        var preview = await PreviewAsync(siteId, indicatorId, csv, ct);
        if (!preview.Succeeded || !preview.Value!.CanCommit)
        {
            return preview;
        }
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stored = await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId)
                .ToDictionaryAsync(v => (v.DistrictId, v.Year), ct);
            var now = clock.GetUtcNow();
            foreach (var row in preview.Value!.Rows)
            {
                IndicatorFigures.Write(db, stored.GetValueOrDefault((row.DistrictId, row.Year)), indicatorId, row.DistrictId, row.Year,
                    row.Value, new IndicatorFigure(row.Value, row.Numerator, row.Denominator), actor, now);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
        return preview;
    }
}
