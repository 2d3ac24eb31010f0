using Lebenswelten.Core.Offerings;

namespace Lebenswelten.Web.Features.Offerings.BackOffice;

/// <summary>One row of the session list; rows left empty are ignored.</summary>
public sealed class SessionRow
{
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }

    public bool IsEmpty => Date is null && Start is null && End is null;
}

/// <summary>"Every … from … until …": used when any of its fields is filled in.</summary>
public sealed class RepeatRow
{
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }
    public List<DayOfWeek> Days { get; set; } = [];
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }

    public bool IsEmpty => From is null && Until is null && Days.Count == 0 && Start is null && End is null;
}

/// <summary>
/// The offering form as posted. Field names follow <see cref="OfferingDraft"/>, so that the domain's field errors
/// land beside the right inputs; money and coordinates are text, since people type "12,50" and "50,93".
/// </summary>
public sealed class OfferingForm
{
    public const int EmptySessionRows = 5;

    public Guid OrganisationId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public OfferingCategory Category { get; set; }
    public OfferingKind Kind { get; set; }
    public List<TargetGroups> TargetGroups { get; set; } = [];
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<string> Languages { get; set; } = ["de"];
    public List<AccessibilityFeatures> Accessibility { get; set; } = [];
    public Venue Venue { get; set; } = new();
    public string? DistrictKey { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public List<SessionRow> Sessions { get; set; } = [];
    public RepeatRow Repeat { get; set; } = new();
    public int? Capacity { get; set; }
    public string? Price { get; set; }
    public string? ReducedPrice { get; set; }
    public DateTime? RegistrationOpensAt { get; set; }
    public DateTime? RegistrationClosesAt { get; set; }
    public int? CancellationDeadlineHours { get; set; } = 24;
    public Certification Certification { get; set; }
    public string? CertificationNote { get; set; }
    public bool IsReimbursable { get; set; }
    public WaitingListMode WaitingListMode { get; set; }
    public int? OfferHoldHours { get; set; } = 48;
    public bool Publish { get; set; }
    /// <summary>The site's insurers that fund the offering jointly (seed 004), chosen from a list.</summary>
    public List<Guid> FunderIds { get; set; } = [];

    /// <summary>The domain's draft, and the form's own errors (a price that does not parse, a half-filled row).</summary>
    public (OfferingDraft Draft, DomainProblem? Problem) ToDraft()
    {
        var errors = new FieldErrors();
        var rows = Sessions.Where(s => !s.IsEmpty).ToList();
        errors.AddIf(rows.Any(r => r.Date is null || r.Start is null || r.End is null), nameof(Sessions), "Incomplete");
        errors.AddIf(!Repeat.IsEmpty && (Repeat.From is null || Repeat.Until is null || Repeat.Start is null || Repeat.End is null),
            nameof(Repeat), "Incomplete");
        var draft = new OfferingDraft
        {
            OrganisationId = OrganisationId,
            Title = Title ?? "",
            Description = Description ?? "",
            Category = Category,
            Kind = Kind,
            TargetGroups = TargetGroups.Combine(),
            MinAge = MinAge,
            MaxAge = MaxAge,
            Languages = Languages,
            Accessibility = Accessibility.Combine(),
            Venue = Venue,
            DistrictKey = string.IsNullOrWhiteSpace(DistrictKey) ? null : DistrictKey,
            Latitude = FormNumbers.Decimal(Latitude, nameof(Latitude), errors) is { } lat ? (double)lat : null,
            Longitude = FormNumbers.Decimal(Longitude, nameof(Longitude), errors) is { } lon ? (double)lon : null,
            Sessions = rows.Where(r => r.Date is not null && r.Start is not null && r.End is not null)
                .Select(r => new SessionInput(r.Date!.Value, r.Start!.Value, r.End!.Value)).ToList(),
            Repeat = Repeat is { From: { } from, Until: { } until, Start: { } start, End: { } end }
                ? new WeeklyRule(from, until, Repeat.Days, start, end) : null,
            Capacity = Capacity ?? 0,
            PriceCents = FormNumbers.Cents(Price, "PriceCents", errors) ?? 0,
            ReducedPriceCents = FormNumbers.Cents(ReducedPrice, "ReducedPriceCents", errors),
            RegistrationOpensAt = Utc(RegistrationOpensAt),
            RegistrationClosesAt = Utc(RegistrationClosesAt),
            CancellationDeadlineHours = CancellationDeadlineHours ?? 0,
            Certification = Certification,
            CertificationNote = string.IsNullOrWhiteSpace(CertificationNote) ? null : CertificationNote.Trim(),
            IsReimbursable = IsReimbursable,
            WaitingListMode = WaitingListMode,
            OfferHoldHours = OfferHoldHours ?? 0,
            Publish = Publish,
            FunderIds = FunderIds,
        };
        return (draft, errors.Any ? errors.ToProblem() : null);
    }

    public static OfferingForm From(Offering o) => new()
    {
        OrganisationId = o.OrganisationId, Title = o.Title, Description = o.Description, Category = o.Category, Kind = o.Kind,
        TargetGroups = o.TargetGroups.Members().ToList(), MinAge = o.MinAge, MaxAge = o.MaxAge, Languages = o.Languages,
        Accessibility = o.Accessibility.Members().ToList(),
        Venue = new Venue { Name = o.Venue.Name, Street = o.Venue.Street, PostalCode = o.Venue.PostalCode, City = o.Venue.City },
        DistrictKey = o.District?.Key, Latitude = FormNumbers.Show(o.Latitude), Longitude = FormNumbers.Show(o.Longitude),
        Sessions = o.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionRow
        {
            Date = BerlinTime.LocalDate(s.StartsAt),
            Start = TimeOnly.FromDateTime(BerlinTime.ToLocal(s.StartsAt).DateTime),
            End = TimeOnly.FromDateTime(BerlinTime.ToLocal(s.EndsAt).DateTime),
        }).ToList(),
        Capacity = o.Capacity, Price = FormNumbers.Euros(o.PriceCents),
        ReducedPrice = o.ReducedPriceCents is { } r ? FormNumbers.Euros(r) : null,
        RegistrationOpensAt = Local(o.RegistrationOpensAt), RegistrationClosesAt = Local(o.RegistrationClosesAt),
        CancellationDeadlineHours = o.CancellationDeadlineHours, Certification = o.Certification, CertificationNote = o.CertificationNote,
        IsReimbursable = o.IsReimbursable, WaitingListMode = o.WaitingListMode, OfferHoldHours = o.OfferHoldHours,
        Publish = o.Status != OfferingStatus.Draft, FunderIds = [.. o.FunderIds],
    };

    /// <summary>Existing sessions plus empty rows to add more (no script needed).</summary>
    public void PadSessionRows()
    {
        Sessions = [.. Sessions.Where(s => !s.IsEmpty), .. Enumerable.Range(0, EmptySessionRows).Select(_ => new SessionRow())];
    }

    private static DateTimeOffset? Utc(DateTime? local) =>
        local is { } l ? BerlinTime.ToUtc(DateOnly.FromDateTime(l), TimeOnly.FromDateTime(l)) : null;

    private static DateTime? Local(DateTimeOffset? utc) => utc is { } u ? BerlinTime.ToLocal(u).DateTime : null;
}
