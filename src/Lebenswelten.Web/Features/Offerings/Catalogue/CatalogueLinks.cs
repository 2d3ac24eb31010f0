using Microsoft.AspNetCore.Mvc;

namespace Lebenswelten.Web.Features.Offerings.Catalogue;

/// <summary>The catalogue's addresses, built from its page and route names rather than typed as strings.</summary>
public static class CatalogueLinks
{
    public const string IndexPage = "/Offerings/Catalogue/Index";
    public const string DetailsPage = "/Offerings/Catalogue/Details";
    /// <summary>The route name of GET /angebote/{id}/kalender.ics (an endpoint, not a page).</summary>
    public const string CalendarRoute = "OfferingCalendar";

    /// <summary>
    /// The catalogue at one site, or at all of them for an empty one: "standort" is spelt out even when empty, since
    /// without it the site chosen in the header would apply.
    /// </summary>
    public static string At(IUrlHelper url, string? site) =>
        url.Page(IndexPage) + QueryString.Create(CataloguePageKeys.Site, site ?? "");

    public static string Calendar(IUrlHelper url, Guid offeringId) => url.RouteUrl(CalendarRoute, new { id = offeringId })!;
}
