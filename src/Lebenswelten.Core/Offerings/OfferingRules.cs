namespace Lebenswelten.Core.Offerings;

/// <summary>The limits of an offering's fields, and the check of a draft against them.</summary>
public static class OfferingRules
{
    public const int MaxDescriptionLength = 8000;
    public const int MaxSessions = 200;
    public const int MaxCapacity = 10_000;
    public const int MaxPriceCents = 100_000_00;
    /// <summary>
    /// The languages an offering can be held in. Their positions are stored as bits (<see cref="Offering.LanguageMask"/>): only append.
    /// </summary>
    public static readonly IReadOnlyList<string> LanguageCodes =
        ["de", "en", "ar", "uk", "ru", "tr", "fa", "ps", "ku", "pl", "ro", "vi", "fr", "es", "ti", "so"];
    public static readonly IReadOnlySet<string> KnownLanguages = LanguageCodes.ToHashSet();

    public static DomainProblem? Validate(OfferingDraft draft)
    {
        var e = new FieldErrors();
        e.AddIf(string.IsNullOrWhiteSpace(draft.Title), nameof(draft.Title), "Required");
        e.AddIf(draft.Title.Length > 200, nameof(draft.Title), "TooLong");
        e.AddIf(draft.Description.Length > MaxDescriptionLength, nameof(draft.Description), "TooLong");
        e.AddIf(!Enum.IsDefined(draft.Category), nameof(draft.Category), "Unknown");
        e.AddIf(!Enum.IsDefined(draft.Kind), nameof(draft.Kind), "Unknown");
        e.AddIf(draft.TargetGroups == TargetGroups.None, nameof(draft.TargetGroups), "Required");
        e.AddIf(((int)draft.TargetGroups & ~511) != 0, nameof(draft.TargetGroups), "Unknown");
        e.AddIf(((int)draft.Accessibility & ~15) != 0, nameof(draft.Accessibility), "Unknown");
        e.AddIf(draft.MinAge is < 0 or > 120, nameof(draft.MinAge), "OutOfRange");
        e.AddIf(draft.MaxAge is < 0 or > 120, nameof(draft.MaxAge), "OutOfRange");
        e.AddIf(draft.MinAge > draft.MaxAge, nameof(draft.MaxAge), "BeforeMin");
        e.AddIf(draft.Languages.Count == 0, nameof(draft.Languages), "Required");
        e.AddIf(draft.Languages.Any(l => !KnownLanguages.Contains(l)), nameof(draft.Languages), "Unknown");
        e.AddIf(draft.Capacity is < 1 or > MaxCapacity, nameof(draft.Capacity), "OutOfRange");
        e.AddIf(draft.PriceCents is < 0 or > MaxPriceCents, nameof(draft.PriceCents), "OutOfRange");
        e.AddIf(draft.ReducedPriceCents is { } reduced && (reduced < 0 || reduced > draft.PriceCents), nameof(draft.ReducedPriceCents),
            "OutOfRange");
        e.AddIf(draft.CancellationDeadlineHours is < 0 or > 24 * 30, nameof(draft.CancellationDeadlineHours), "OutOfRange");
        e.AddIf(draft.OfferHoldHours is < 1 or > 24 * 14, nameof(draft.OfferHoldHours), "OutOfRange");
        e.AddIf(draft.Latitude is < -90 or > 90 || draft.Latitude is null != draft.Longitude is null, nameof(draft.Latitude), "OutOfRange");
        e.AddIf(draft.Longitude is < -180 or > 180, nameof(draft.Longitude), "OutOfRange");
        e.AddIf(draft.RegistrationOpensAt > draft.RegistrationClosesAt, nameof(draft.RegistrationClosesAt), "BeforeOpen");
        e.AddIf(draft.Venue.Name?.Length > 200 || draft.Venue.Street?.Length > 200 || draft.Venue.City?.Length > 100,
            nameof(draft.Venue), "TooLong");
        e.AddIf(draft.Venue.PostalCode is { Length: > 0 } code && !ContactRules.IsPostalCode(code), "Venue.PostalCode",
            "InvalidPostalCode");
        e.AddIf(draft.CertificationNote?.Length > 200, nameof(draft.CertificationNote), "TooLong");
        if (draft.Repeat is { } rule)
        {
            e.AddIf(rule.Until < rule.From || rule.Until > rule.From.AddYears(2), "Repeat.Until", "OutOfRange");
            e.AddIf(rule.Days.Count == 0, "Repeat.Days", "Required");
            e.AddIf(rule.End <= rule.Start, "Repeat.End", "EndBeforeStart");
        }
        var sessions = e.Any ? [] : draft.AllSessions();
        e.AddIf(sessions.Count > MaxSessions, nameof(draft.Sessions), "TooMany");
        e.AddIf(draft.Sessions.Any(s => s.End <= s.Start), nameof(draft.Sessions), "EndBeforeStart");
        e.AddIf(draft.Sessions.Any(s => s.Date.Year is < 2000 or > 2100), nameof(draft.Sessions), "OutOfRange");
        return e.Any ? e.ToProblem() : null;
    }
}
