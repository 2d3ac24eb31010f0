namespace Lebenswelten.Core.Needs;

/// <summary>What a coordinator enters for an indicator; the same shape for the form and the JSON API. Null enums are missing.</summary>
public sealed record IndicatorDraft(string? Key, string? Name, string? Description, string? Source, string? Unit, string? Topic,
    IndicatorKind? Kind, IndicatorDirection? Direction, IndicatorPrivacy? Privacy);

/// <summary>
/// Defines a site's indicators (after DHIS2's data elements). An indicator with values or goals is not deleted:
/// its figures are the site's record of past years; a coordinator sets it to internal and its weight to 0 instead.
/// </summary>
public sealed class IndicatorDefinitions(LebensweltenDbContext db)
{
    public async Task<Outcome<Indicator>> CreateAsync(Guid siteId, IndicatorDraft draft, CancellationToken ct = default)
    {
        var key = string.IsNullOrWhiteSpace(draft.Key) ? ReadableKeys.Of(draft.Name ?? "") : draft.Key.Trim().ToLowerInvariant();
        var errors = Validate(draft);
        errors.AddIf(key.Length is 0 or > 60 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
            "Key", "InvalidKey");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (await db.Indicators.AnyAsync(i => i.SiteId == siteId && i.Key == key, ct))
        {
            return DomainProblem.Conflict("Indicator.KeyTaken");
        }
        var indicator = new Indicator { SiteId = siteId, Key = key, Name = "" };
        Apply(indicator, draft);
        db.Indicators.Add(indicator);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two coordinators chose the same key at once: the unique index decides.
            return DomainProblem.Conflict("Indicator.KeyTaken");
        }
        return indicator;
    }

    /// <summary>The key stays (it is in links to the map); the kind only changes while no values are stored.</summary>
    public async Task<Outcome<Indicator>> UpdateAsync(Guid siteId, Guid indicatorId, IndicatorDraft draft, CancellationToken ct = default)
    {
        if (await db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId && i.SiteId == siteId, ct) is not { } indicator)
        {
            return DomainProblem.NotFound("Indicator.NotFound");
        }
        var errors = Validate(draft);
        errors.AddIf(!string.IsNullOrWhiteSpace(draft.Key) && draft.Key.Trim() != indicator.Key, "Key", "CannotChange");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (draft.Kind != indicator.Kind && await db.IndicatorValues.AnyAsync(v => v.IndicatorId == indicatorId, ct))
        {
            return DomainProblem.Conflict("Indicator.KindLocked");
        }
        Apply(indicator, draft);
        await db.SaveChangesAsync(ct);
        return indicator;
    }

    public async Task<Outcome<Guid>> DeleteAsync(Guid siteId, Guid indicatorId, CancellationToken ct = default)
    {
        if (!await db.Indicators.AnyAsync(i => i.Id == indicatorId && i.SiteId == siteId, ct))
        {
            return DomainProblem.NotFound("Indicator.NotFound");
        }
        if (await db.IndicatorValues.AnyAsync(v => v.IndicatorId == indicatorId, ct)
            || await db.HealthGoals.AnyAsync(g => g.IndicatorId == indicatorId, ct))
        {
            return DomainProblem.Conflict("Indicator.InUse");
        }
        await db.Indicators.Where(i => i.Id == indicatorId).ExecuteDeleteAsync(ct);
        return indicatorId;
    }

    public Task<int> ValueCountAsync(Guid indicatorId, CancellationToken ct = default) =>
        db.IndicatorValues.CountAsync(v => v.IndicatorId == indicatorId, ct);

    private static FieldErrors Validate(IndicatorDraft draft)
    {
        var errors = new FieldErrors();
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Name), "Name", "Required");
        errors.AddIf(draft.Name?.Trim().Length > 200, "Name", "TooLong");
        errors.AddIf(draft.Description?.Trim().Length > 2000, "Description", "TooLong");
        errors.AddIf(draft.Source?.Trim().Length > 500, "Source", "TooLong");
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Unit), "Unit", "Required");
        errors.AddIf(draft.Unit?.Trim().Length > 20, "Unit", "TooLong");
        errors.AddIf(string.IsNullOrWhiteSpace(draft.Topic), "Topic", "Required");
        errors.AddIf(draft.Topic?.Trim().Length > 100, "Topic", "TooLong");
        errors.AddIf(draft.Kind is not { } kind || !Enum.IsDefined(kind), "Kind", "Required");
        errors.AddIf(draft.Direction is not { } direction || !Enum.IsDefined(direction), "Direction", "Required");
        errors.AddIf(draft.Privacy is not { } privacy || !Enum.IsDefined(privacy), "Privacy", "Required");
        return errors;
    }

    private static void Apply(Indicator indicator, IndicatorDraft draft)
    {
        indicator.Name = draft.Name!.Trim();
        indicator.Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        indicator.Source = string.IsNullOrWhiteSpace(draft.Source) ? null : draft.Source.Trim();
        indicator.Unit = draft.Unit!.Trim();
        indicator.Topic = draft.Topic!.Trim();
        (indicator.Kind, indicator.Direction, indicator.Privacy) = (draft.Kind!.Value, draft.Direction!.Value, draft.Privacy!.Value);
    }
}
