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
    /// <summary>Insurers of the site that fund the offering jointly (<see cref="Offering.FunderIds"/>).</summary>
    public IReadOnlyList<Guid> FunderIds { get; init; } = [];
    public WaitingListMode WaitingListMode { get; init; }
    public int OfferHoldHours { get; init; } = 48;
    /// <summary>Publish right away; otherwise the offering stays a draft only its managers see.</summary>
    public bool Publish { get; init; }

    public IReadOnlyList<SessionInput> AllSessions() =>
        Sessions.Concat(Repeat?.Expand().Take(OfferingRules.MaxSessions + 1) ?? []).Distinct().OrderBy(s => s.Date).ThenBy(s => s.Start)
            .ToList();
}
