using Lebenswelten.Core.Privacy;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>One line of a value's history, with the name of whoever changed it.</summary>
public sealed record ValueHistoryEntry(DateTimeOffset ChangedAt, string ChangedBy, double? OldValue, int? OldNumerator, int? OldDenominator,
    double NewValue, int? NewNumerator, int? NewDenominator, string? Note);

/// <summary>
/// One district's value of one indicator in one year as stored (unsuppressed: for the site's coordinators), and its history.
/// </summary>
public sealed record ValueRecord(Indicator Indicator, District District, int Year, IndicatorValue? Current,
    IReadOnlyList<ValueHistoryEntry> History);

/// <summary>
/// A coordinator corrects one value by hand, with a note saying why; the old value stays in the history.
/// The need index is computed on every read, so it follows at once.
/// </summary>
public sealed class IndicatorCorrection(LebensweltenDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<IndicatorValue>> CorrectAsync(Guid siteId, Guid indicatorId, string districtKey, int year,
        IndicatorFigure figure, string? note, string actor, CancellationToken ct = default)
    {
        if (await FindAsync(siteId, indicatorId, districtKey, ct) is not ({ } indicator, { } district))
        {
            return DomainProblem.NotFound("IndicatorValue.NotFound");
        }
        var errors = new FieldErrors();
        errors.AddIf(year is < IndicatorCsv.FirstYear or > IndicatorCsv.LastYear, "Year", "YearRange");
        errors.AddIf(string.IsNullOrWhiteSpace(note), "Note", "Required");
        errors.AddIf(note?.Trim().Length > IndicatorValueChange.MaxNoteLength, "Note", "TooLong");
        var (value, error) = IndicatorFigures.Resolve(indicator.Kind, figure);
        if (error is not null)
        {
            errors.Add(indicator.Kind == IndicatorKind.Ratio ? "Numerator" : "Value",
                error == "Import.NotANumber" ? "NotANumber" : "BadRatio");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return await IndicatorFigures.InTransactionAsync(db, async () =>
        {
            var current = await db.IndicatorValues
                .FirstOrDefaultAsync(v => v.IndicatorId == indicatorId && v.DistrictId == district.Id && v.Year == year, ct);
            return (Outcome<IndicatorValue>)IndicatorFigures.Write(db, current, indicatorId, district.Id, year, value, figure, actor,
                clock.GetUtcNow(), note!.Trim());
        }, ct);
    }

    /// <summary>The stored value and its history; names of the staff who changed it are personal data, so the read is audited.</summary>
    public async Task<Outcome<ValueRecord>> RecordAsync(Guid siteId, Guid indicatorId, string districtKey, int year, AuditActor actor,
        CancellationToken ct = default)
    {
        if (await FindAsync(siteId, indicatorId, districtKey, ct) is not ({ } indicator, { } district))
        {
            return DomainProblem.NotFound("IndicatorValue.NotFound");
        }
        var current = await db.IndicatorValues.AsNoTracking()
            .FirstOrDefaultAsync(v => v.IndicatorId == indicatorId && v.DistrictId == district.Id && v.Year == year, ct);
        var changes = current is null ? []
            : await db.IndicatorValueChanges.AsNoTracking().Where(c => c.IndicatorValueId == current.Id)
                .OrderByDescending(c => c.ChangedAt).ToListAsync(ct);
        var ids = changes.Select(c => c.ChangedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id, ct);
        if (names.Count > 0)
        {
            await audit.RecordReadAsync(actor, "IndicatorValue.History", current!.Id.ToString(), siteId, ct, names.Keys);
        }
        var history = changes.Select(c => new ValueHistoryEntry(c.ChangedAt, names.GetValueOrDefault(c.ChangedBy ?? "", c.ChangedBy ?? ""),
            c.OldValue, c.OldNumerator, c.OldDenominator, c.NewValue, c.NewNumerator, c.NewDenominator, c.Note)).ToList();
        return new ValueRecord(indicator, district, year, current, history);
    }

    private async Task<(Indicator?, District?)> FindAsync(Guid siteId, Guid indicatorId, string districtKey, CancellationToken ct) =>
        (await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId && i.SiteId == siteId, ct),
            await db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.SiteId == siteId && d.Key == districtKey, ct));
}
