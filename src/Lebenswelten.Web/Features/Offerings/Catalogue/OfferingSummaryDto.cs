using Lebenswelten.Core.Offerings;
using Lebenswelten.Core.Sites;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>An offering as the catalogue lists it.</summary>
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
