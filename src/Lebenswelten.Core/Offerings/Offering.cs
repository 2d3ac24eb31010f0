using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Offerings;

/// <summary>A course, trial course, drop-in, counselling or event a provider organisation offers at a site.</summary>
public sealed class Offering : ISiteOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SiteId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public required string Title { get; set; }
    /// <summary>Markdown as the provider wrote it; rendered through <see cref="OfferingMarkdown"/>.</summary>
    public string Description { get; set; } = "";
    public OfferingCategory Category { get; set; }
    public OfferingKind Kind { get; set; }
    public TargetGroups TargetGroups { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    /// <summary>ISO 639-1 codes, e.g. ["de", "ar"].</summary>
    public List<string> Languages { get; set; } = ["de"];
    public AccessibilityFeatures Accessibility { get; set; }

    public Venue Venue { get; set; } = new();
    public Guid? DistrictId { get; set; }
    public District? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public List<OfferingSession> Sessions { get; set; } = [];
    public int Capacity { get; set; }
    public int PriceCents { get; set; }
    /// <summary>Price for holders of a social pass (Sozialpass, Leipzig-Pass); null when there is no reduction.</summary>
    public int? ReducedPriceCents { get; set; }
    public DateTimeOffset? RegistrationOpensAt { get; set; }
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    /// <summary>Participants may cancel themselves until this many hours before the first session.</summary>
    public int CancellationDeadlineHours { get; set; } = 24;
    public Certification Certification { get; set; }
    public string? CertificationNote { get; set; }
    public bool IsReimbursable { get; set; }
    /// <summary>
    /// The insurers (organisations of kind Insurer) that fund it together (seed 004: jointly funded offerings). Whoever the
    /// client is insured with, the offering is open to them: the insurer is never asked.
    /// </summary>
    public List<Guid> FunderIds { get; set; } = [];
    public OfferingStatus Status { get; set; }
    public WaitingListMode WaitingListMode { get; set; }
    public int OfferHoldHours { get; set; } = 48;

    // Changed only by the methods below, under the offering's lock (OfferingLock), so that they
    // always match the registrations; columns of their own so that the catalogue can filter and sort on them.
    public int TakenPlaces { get; private set; }
    public int WaitingCount { get; private set; }
    public long NextSequence { get; private set; } = 1;
    public DateTimeOffset? FirstSessionStart { get; set; }
    /// <summary>No sessions (drop-in or counselling by appointment): listed after the dated offerings.</summary>
    /// <remarks>A column of its own rather than "FirstSessionStart IS NULL", so that one plain index serves the sort.</remarks>
    public bool IsUndated { get; set; }
    public DateTimeOffset? LastSessionEnd { get; set; }
    public Weekdays SessionWeekdays { get; set; }
    /// <summary>Lower-case title, description, provider, venue and district, for the free-text search.</summary>
    public string SearchText { get; set; } = "";
    /// <summary>
    /// <see cref="Languages"/> as bits of <see cref="OfferingRules.LanguageCodes"/>, so the filter is a bitwise AND in an index.
    /// </summary>
    public int LanguageMask { get; set; }

    public bool IsSampleData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public int PlacesLeft => Math.Max(0, Capacity - TakenPlaces);
    public bool IsFree => PriceCents == 0;

    /// <summary>Nobody jumps the queue: a newcomer gets a place only when one is free and nobody is waiting.</summary>
    public bool HasPlaceForNewcomer => TakenPlaces < Capacity && WaitingCount == 0;

    public bool IsOpenForRegistrationAt(DateTimeOffset now) => Status == OfferingStatus.Published && IsWithinRegistrationWindowAt(now);

    /// <summary>The dates alone, whatever the status: what a draft's preview shows as it will be once published.</summary>
    public bool IsWithinRegistrationWindowAt(DateTimeOffset now) =>
        (RegistrationOpensAt is null || RegistrationOpensAt <= now)
        && (RegistrationClosesAt is null || now <= RegistrationClosesAt)
        && (LastSessionEnd is null || now < LastSessionEnd);

    /// <summary>
    /// A newcomer takes the next number in the order of arrival and a free place, or else a place on the waiting list.
    /// </summary>
    /// <returns>The waiting-list position, or null when the newcomer has a place.</returns>
    public int? Admit(Registration registration, DateTimeOffset now)
    {
        registration.Sequence = NextSequence++;
        if (HasPlaceForNewcomer)
        {
            TakePlace();
            registration.Status = RegistrationStatus.Confirmed;
            registration.ConfirmedAt = now;
            return null;
        }
        registration.Status = RegistrationStatus.Waitlisted;
        return JoinWaitingList();
    }

    /// <summary>
    /// The first one waiting moves into a freed place: confirmed at once, or offered until a deadline
    /// (<see cref="WaitingListMode"/>).
    /// </summary>
    public void MoveUp(Registration registration, DateTimeOffset now)
    {
        if (registration.Status != RegistrationStatus.Waitlisted)
        {
            throw new InvalidOperationException($"Only a waiting registration moves up, not a {registration.Status} one.");
        }
        TakePlace();
        LeaveWaitingList();
        // Someone without an e-mail address (registered by phone) cannot accept an offer online: the place is theirs at once,
        // and the provider phones them, as the guide says (issue 25).
        if (WaitingListMode == WaitingListMode.OfferWithDeadline && registration.Email is not null)
        {
            registration.Status = RegistrationStatus.Offered;
            registration.OfferExpiresAt = now.AddHours(OfferHoldHours);
        }
        else
        {
            registration.Status = RegistrationStatus.Confirmed;
            registration.ConfirmedAt = now;
        }
    }

    /// <summary>Gives a held place or a waiting-list entry back: a cancellation, an expired guest or an offer not taken.</summary>
    public void Release(Registration registration, RegistrationStatus newStatus, DateTimeOffset now)
    {
        if (registration.HoldsPlace)
        {
            ReleasePlace();
        }
        else if (registration.Status == RegistrationStatus.Waitlisted)
        {
            LeaveWaitingList();
        }
        registration.Status = newStatus;
        registration.CancelledAt = now;
        registration.OfferExpiresAt = null;
    }

    /// <summary>Takes one of the free places; there is none to take beyond the capacity.</summary>
    public void TakePlace()
    {
        if (TakenPlaces >= Capacity)
        {
            throw new InvalidOperationException($"All {Capacity} places of the offering are taken.");
        }
        TakenPlaces++;
    }

    public void ReleasePlace()
    {
        if (TakenPlaces == 0)
        {
            throw new InvalidOperationException("The offering has no taken place to release.");
        }
        TakenPlaces--;
    }

    /// <returns>The position on the waiting list.</returns>
    public int JoinWaitingList() => ++WaitingCount;

    public void LeaveWaitingList()
    {
        if (WaitingCount == 0)
        {
            throw new InvalidOperationException("Nobody is waiting for the offering.");
        }
        WaitingCount--;
    }
}
