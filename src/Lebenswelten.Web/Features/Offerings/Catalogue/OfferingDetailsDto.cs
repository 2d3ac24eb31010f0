using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>Who offers it, as the public may reach them.</summary>
public sealed record ProviderDto(string Name, string? Email, string? Phone, string? Website);

/// <summary>Where it takes place.</summary>
public sealed record VenueDto(string? Name, string? Street, string? PostalCode, string? City);

/// <summary>
/// Everything the public may know about an offering: no participant, nothing personal. <c>funderIds</c> are the insurers
/// (organisations of the site) that fund it jointly.
/// </summary>
public sealed record OfferingDetailsDto(
    Guid Id, string Site, OfferingStatus Status, string Title, string Description, string DescriptionHtml, ProviderDto Provider,
    OfferingCategory Category, OfferingKind Kind, IReadOnlyList<TargetGroups> TargetGroups, int? MinAge, int? MaxAge,
    IReadOnlyList<string> Languages, IReadOnlyList<AccessibilityFeatures> Accessibility, VenueDto Venue,
    string? District, string? DistrictName, double? Latitude, double? Longitude, IReadOnlyList<SessionDto> Sessions,
    int Capacity, int PlacesLeft, int WaitingCount, int PriceCents, int? ReducedPriceCents,
    Certification Certification, string? CertificationNote, bool IsReimbursable,
    DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt, DateTimeOffset? CancellationDeadline,
    bool IsOpenForRegistration, IReadOnlyList<Guid> FunderIds)
{
    public static OfferingDetailsDto From(Offering o, IReadOnlyList<Site> sites, DateTimeOffset now) => new(
        o.Id, OfferingSummaryDto.SlugOf(o, sites), o.Status, o.Title, o.Description, OfferingMarkdown.ToHtml(o.Description),
        new ProviderDto(o.Organisation?.Name ?? "", o.Organisation?.Email, o.Organisation?.Phone, o.Organisation?.Website),
        o.Category, o.Kind, o.TargetGroups.Members().ToList(), o.MinAge, o.MaxAge, o.Languages, o.Accessibility.Members().ToList(),
        new VenueDto(o.Venue.Name, o.Venue.Street, o.Venue.PostalCode, o.Venue.City), o.District?.Key, o.District?.Name,
        o.Latitude, o.Longitude, o.Sessions.OrderBy(s => s.StartsAt).Select(SessionDto.From).ToList(),
        o.Capacity, o.PlacesLeft, o.WaitingCount, o.PriceCents, o.ReducedPriceCents, o.Certification, o.CertificationNote,
        o.IsReimbursable, o.RegistrationOpensAt, o.RegistrationClosesAt, RegistrationService.CancellationDeadline(o),
        o.IsOpenForRegistrationAt(now), o.FunderIds);
}
