using System.Text.Json.Serialization;
using Lebenswelten.Core.Offerings;
using Lebenswelten.Web.Features.Offerings.Catalogue;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>
/// One session as local Europe/Berlin date and wall-clock times, e.g. {"date":"2026-05-05","start":"17:00","end":"18:30"}.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SessionInputDto(DateOnly Date, TimeOnly Start, TimeOnly End);

/// <summary>"Every Tuesday and Thursday 17:00–18:30 from … until …" (local Europe/Berlin).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record WeeklyRuleDto(DateOnly From, DateOnly Until, IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End);

/// <summary>
/// What a provider sends to create (POST) or change (PUT) an offering. <see cref="Site"/> counts for POST only.
/// Unknown members are refused (400), so that a misspelt field is not silently left at its default.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class OfferingDraftDto
{
    /// <summary>The site's slug, e.g. "jena".</summary>
    public string? Site { get; init; }
    public Guid OrganisationId { get; init; }
    public string? Title { get; init; }
    /// <summary>Markdown.</summary>
    public string? Description { get; init; }
    public OfferingCategory? Category { get; init; }
    public OfferingKind? Kind { get; init; }
    public IReadOnlyList<TargetGroups>? TargetGroups { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    /// <summary>ISO 639-1 codes; "de" when left out.</summary>
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<AccessibilityFeatures>? Accessibility { get; init; }
    public VenueDto? Venue { get; init; }
    /// <summary>A district key of the site, as GET /api/sites/{site} lists them.</summary>
    public string? DistrictKey { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<SessionInputDto>? Sessions { get; init; }
    public WeeklyRuleDto? Repeat { get; init; }
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
    public bool Publish { get; init; }
    /// <summary>Insurers of the site (organisation ids, GET /api/sites/{site}/organisations) that fund the offering jointly.</summary>
    public IReadOnlyList<Guid>? FunderIds { get; init; }

    /// <summary>The domain's draft; category and kind have no sensible default, so leaving them out is an error.</summary>
    public Outcome<OfferingDraft> ToDraft()
    {
        var missing = new FieldErrors();
        missing.AddIf(Category is null, nameof(Category), "Required");
        missing.AddIf(Kind is null, nameof(Kind), "Required");
        if (missing.Any)
        {
            return missing.ToProblem();
        }
        return new OfferingDraft
        {
            OrganisationId = OrganisationId,
            Title = Title ?? "",
            Description = Description ?? "",
            Category = Category!.Value,
            Kind = Kind!.Value,
            TargetGroups = (TargetGroups ?? []).Combine(),
            MinAge = MinAge,
            MaxAge = MaxAge,
            Languages = Languages ?? ["de"],
            Accessibility = (Accessibility ?? []).Combine(),
            Venue = new Venue { Name = Venue?.Name, Street = Venue?.Street, PostalCode = Venue?.PostalCode, City = Venue?.City },
            DistrictKey = DistrictKey,
            Latitude = Latitude,
            Longitude = Longitude,
            Sessions = (Sessions ?? []).OfType<SessionInputDto>().Select(s => new SessionInput(s.Date, s.Start, s.End)).ToList(),
            Repeat = Repeat is { } r ? new WeeklyRule(r.From, r.Until, r.Days ?? [], r.Start, r.End) : null,
            Capacity = Capacity,
            PriceCents = PriceCents,
            ReducedPriceCents = ReducedPriceCents,
            RegistrationOpensAt = RegistrationOpensAt,
            RegistrationClosesAt = RegistrationClosesAt,
            CancellationDeadlineHours = CancellationDeadlineHours,
            Certification = Certification,
            CertificationNote = CertificationNote,
            IsReimbursable = IsReimbursable,
            WaitingListMode = WaitingListMode,
            OfferHoldHours = OfferHoldHours,
            Publish = Publish,
            FunderIds = FunderIds ?? [],
        };
    }
}
