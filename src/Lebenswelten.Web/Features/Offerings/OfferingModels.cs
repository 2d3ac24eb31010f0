using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Offerings;

public sealed record CataloguePageDto(IReadOnlyList<OfferingSummaryDto> Items, int Total, int Page, int PageSize);

/// <summary>A session in UTC and, for people reading the JSON, in Europe/Berlin wall-clock time.</summary>
public sealed record SessionDto(DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset StartsAtLocal, DateTimeOffset EndsAtLocal)
{
    public static SessionDto From(OfferingSession s) =>
        new(s.StartsAt.ToUniversalTime(), s.EndsAt.ToUniversalTime(), BerlinTime.ToLocal(s.StartsAt), BerlinTime.ToLocal(s.EndsAt));
}

public sealed record ProviderDto(string Name, string? Email, string? Phone, string? Website);

public sealed record VenueDto(string? Name, string? Street, string? PostalCode, string? City);

public sealed record OfferingSummaryDto(
    Guid Id, string Site, string Title, string Provider, OfferingCategory Category, OfferingKind Kind,
    IReadOnlyList<TargetGroups> TargetGroups, SessionDto? NextSession, string? District, string? DistrictName, string Place,
    bool IsFree, int PriceCents, int? ReducedPriceCents, int PlacesLeft, int WaitingCount,
    IReadOnlyList<string> Languages, IReadOnlyList<AccessibilityFeatures> Accessibility, double? Latitude, double? Longitude)
{
    public static OfferingSummaryDto From(Offering o, IReadOnlyList<Site> sites, DateTimeOffset now) => new(
        o.Id, SlugOf(o, sites), o.Title, o.Organisation?.Name ?? "", o.Category, o.Kind, o.TargetGroups.Members().ToList(),
        OfferingDisplay.NextSession(o, now) is { } next ? SessionDto.From(next) : null, o.District?.Key, o.District?.Name,
        OfferingText.Place(o), o.IsFree, o.PriceCents, o.ReducedPriceCents, o.PlacesLeft, o.WaitingCount,
        o.Languages, o.Accessibility.Members().ToList(), o.Latitude, o.Longitude);

    internal static string SlugOf(Offering o, IReadOnlyList<Site> sites) => sites.FirstOrDefault(s => s.Id == o.SiteId)?.Slug ?? "";
}

/// <summary>Everything the public may know about an offering: no participant, nothing personal.</summary>
public sealed record OfferingDetailsDto(
    Guid Id, string Site, OfferingStatus Status, string Title, string Description, string DescriptionHtml, ProviderDto Provider,
    OfferingCategory Category, OfferingKind Kind, IReadOnlyList<TargetGroups> TargetGroups, int? MinAge, int? MaxAge,
    IReadOnlyList<string> Languages, IReadOnlyList<AccessibilityFeatures> Accessibility, VenueDto Venue,
    string? District, string? DistrictName, double? Latitude, double? Longitude, IReadOnlyList<SessionDto> Sessions,
    int Capacity, int PlacesLeft, int WaitingCount, int PriceCents, int? ReducedPriceCents,
    Certification Certification, string? CertificationNote, bool IsReimbursable,
    DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, DateTimeOffset? CancellationDeadline,
    bool IsOpenForRegistration)
{
    public static OfferingDetailsDto From(Offering o, IReadOnlyList<Site> sites, DateTimeOffset now) => new(
        o.Id, OfferingSummaryDto.SlugOf(o, sites), o.Status, o.Title, o.Description, OfferingMarkdown.ToHtml(o.Description),
        new ProviderDto(o.Organisation?.Name ?? "", o.Organisation?.Email, o.Organisation?.Phone, o.Organisation?.Website),
        o.Category, o.Kind, o.TargetGroups.Members().ToList(), o.MinAge, o.MaxAge, o.Languages, o.Accessibility.Members().ToList(),
        new VenueDto(o.Venue.Name, o.Venue.Street, o.Venue.PostalCode, o.Venue.City), o.District?.Key, o.District?.Name,
        o.Latitude, o.Longitude, o.Sessions.OrderBy(s => s.StartsAt).Select(SessionDto.From).ToList(),
        o.Capacity, o.PlacesLeft, o.WaitingCount, o.PriceCents, o.ReducedPriceCents, o.Certification, o.CertificationNote,
        o.IsReimbursable, o.RegistrationOpensAt, o.RegistrationClosesAt, RegistrationService.CancellationDeadline(o),
        o.IsOpenForRegistrationAt(now));
}
