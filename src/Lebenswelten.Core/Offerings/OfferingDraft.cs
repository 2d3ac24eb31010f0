namespace Lebenswelten.Core.Offerings;

/// <summary>A session as entered: a local date and wall-clock times in Europe/Berlin.</summary>
public sealed record SessionInput(DateOnly Date, TimeOnly Start, TimeOnly End);

/// <summary>"Every Tuesday and Thursday 17:00–18:30 from … to …": expands to sessions.</summary>
public sealed record WeeklyRule(DateOnly From, DateOnly Until, IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End)
{
    public const int MaxSessions = OfferingRules.MaxSessions;

    public IEnumerable<SessionInput> Expand()
    {
        for (var day = From; day <= Until; day = day.AddDays(1))
        {
            if (Days.Contains(day.DayOfWeek))
            {
                yield return new SessionInput(day, Start, End);
            }
        }
    }
}

/// <summary>What a provider enters for an offering; the same shape for the form and the JSON API.</summary>
public sealed record OfferingDraft
{
    public Guid OrganisationId { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public OfferingCategory Category { get; init; }
    public OfferingKind Kind { get; init; }
    public TargetGroups TargetGroups { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = ["de"];
    public AccessibilityFeatures Accessibility { get; init; }
    public Venue Venue { get; init; } = new();
    public string? DistrictKey { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<SessionInput> Sessions { get; init; } = [];
    public WeeklyRule? Repeat { get; init; }
    public int Capacity { get; init; }
    public int PriceCents { get; init; }
    public int? ReducedPriceCents { get; init; }
    public DateTimeOffset? RegistrationOpensAt { get; init; }
    public DateTimeOffset? RegistrationClosesAt { get; init; }
    public int CancellationDeadlineHours { get; init; } = 24;
    public Certification Certification { get; init; }
    public string? CertificationNote { get; init; }
    public bool IsReimbursable { get; init; }
    public WaitingListMode WaitingListMode { get; init; }
    public int OfferHoldHours { get; init; } = 48;
    /// <summary>Publish right away; otherwise the offering stays a draft only its managers see.</summary>
    public bool Publish { get; init; }

    public IReadOnlyList<SessionInput> AllSessions() =>
        Sessions.Concat(Repeat?.Expand().Take(OfferingRules.MaxSessions + 1) ?? []).Distinct().OrderBy(s => s.Date).ThenBy(s => s.Start).ToList();
}

public static class OfferingRules
{
    public const int MaxDescriptionLength = 8000;
    public const int MaxSessions = 200;
    public const int MaxCapacity = 10_000;
    public const int MaxPriceCents = 100_000_00;
    /// <summary>The languages an offering can be held in. Their positions are stored as bits (<see cref="Offering.LanguageMask"/>): only append.</summary>
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
        e.AddIf(draft.ReducedPriceCents is { } reduced && (reduced < 0 || reduced > draft.PriceCents), nameof(draft.ReducedPriceCents), "OutOfRange");
        e.AddIf(draft.CancellationDeadlineHours is < 0 or > 24 * 30, nameof(draft.CancellationDeadlineHours), "OutOfRange");
        e.AddIf(draft.OfferHoldHours is < 1 or > 24 * 14, nameof(draft.OfferHoldHours), "OutOfRange");
        e.AddIf(draft.Latitude is < -90 or > 90 || draft.Latitude is null != draft.Longitude is null, nameof(draft.Latitude), "OutOfRange");
        e.AddIf(draft.Longitude is < -180 or > 180, nameof(draft.Longitude), "OutOfRange");
        e.AddIf(draft.RegistrationOpensAt > draft.RegistrationClosesAt, nameof(draft.RegistrationClosesAt), "BeforeOpen");
        e.AddIf(draft.Venue.Name?.Length > 200 || draft.Venue.Street?.Length > 200 || draft.Venue.City?.Length > 100,
            nameof(draft.Venue), "TooLong");
        e.AddIf(draft.Venue.PostalCode is { Length: > 0 } code && !ContactRules.IsPostalCode(code), "Venue.PostalCode", "InvalidPostalCode");
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
