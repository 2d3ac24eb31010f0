namespace Lebenswelten.Core.Needs;

/// <summary>A value as entered: a plain figure, or cases and base for a ratio.</summary>
public sealed record IndicatorFigure(double? Value, int? Numerator, int? Denominator);

/// <summary>The rules every stored value follows, whether it comes from a CSV line or a correction by hand.</summary>
public static class IndicatorFigures
{
    /// <summary>The value to store (a ratio in %, rounded to two places), or the code of the rule the figure breaks.</summary>
    public static (double Value, string? Error) Resolve(IndicatorKind kind, IndicatorFigure figure)
    {
        if (figure.Numerator < 0 || figure.Denominator < 0)
        {
            return (0, "Import.NotACount");
        }
        if (kind == IndicatorKind.Ratio)
        {
            return figure is { Numerator: { } n, Denominator: { } d and > 0 } && n <= d
                ? (Math.Round(100.0 * n / d, 2), null)
                : (0, "Import.BadRatio");
        }
        return figure.Value is { } value && double.IsFinite(value) ? (value, null) : (0, "Import.NotANumber");
    }

    /// <summary>
    /// Stores a value. The one it replaces goes to the history; a correction (with its note) is recorded even where it
    /// fills a gap, so that every hand-made figure can be traced.
    /// </summary>
    internal static IndicatorValue Write(LebensweltenDbContext db, IndicatorValue? current, Guid indicatorId, Guid districtId, int year,
        double value, IndicatorFigure figure, string actor, DateTimeOffset now, string? note = null)
    {
        var stored = current
            ?? db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, DistrictId = districtId, Year = year }).Entity;
        if (current is not null || note is not null)
        {
            db.IndicatorValueChanges.Add(new IndicatorValueChange
            {
                IndicatorValueId = stored.Id, OldValue = current?.Value, OldNumerator = current?.Numerator,
                OldDenominator = current?.Denominator, NewValue = value, NewNumerator = figure.Numerator,
                NewDenominator = figure.Denominator, ChangedAt = now, ChangedBy = actor, Note = note,
            });
        }
        (stored.Value, stored.Numerator, stored.Denominator) = (value, figure.Numerator, figure.Denominator);
        (stored.ChangedAt, stored.ChangedBy, stored.IsSampleData) = (now, actor, false);
        return stored;
    }

    /// <summary>
    /// One transaction per use case: the work's changes are saved and committed when it succeeds. Two people entering the
    /// same missing value at once meet the unique index; the later one gets 409 and tries again.
    /// </summary>
    internal static async Task<Outcome<T>> InTransactionAsync<T>(LebensweltenDbContext db, Func<Task<Outcome<T>>> work, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var outcome = await work();
                if (outcome.Succeeded)
                {
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                return outcome;
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return DomainProblem.Conflict("IndicatorValue.Concurrent");
        }
    }
}
