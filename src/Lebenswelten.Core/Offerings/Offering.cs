using Lebenswelten.Core.Network;
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
    public OfferingStatus Status { get; set; }
    public WaitingListMode WaitingListMode { get; set; }
    public int OfferHoldHours { get; set; } = 48;

    // Kept up to date by the services, under the offering's lock, so the catalogue can filter and sort on them.
    public int TakenPlaces { get; set; }
    public int WaitingCount { get; set; }
    public long NextSequence { get; set; } = 1;
    public DateTimeOffset? FirstSessionStart { get; set; }
    /// <summary>No sessions (drop-in or counselling by appointment): listed after the dated offerings.</summary>
    /// <remarks>A column of its own rather than "FirstSessionStart IS NULL", so that one plain index serves the sort.</remarks>
    public bool IsUndated { get; set; }
    public DateTimeOffset? LastSessionEnd { get; set; }
    public Weekdays SessionWeekdays { get; set; }
    /// <summary>Lower-case title, description, provider, venue and district, for the free-text search.</summary>
    public string SearchText { get; set; } = "";
    /// <summary><see cref="Languages"/> as bits of <see cref="OfferingRules.LanguageCodes"/>, so the filter is a bitwise AND in an index.</summary>
    public int LanguageMask { get; set; }

    public bool IsSampleData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public int PlacesLeft => Math.Max(0, Capacity - TakenPlaces);
    public bool IsFree => PriceCents == 0;
}

public sealed class Venue
{
    public string? Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}

public sealed class OfferingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OfferingId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
}
