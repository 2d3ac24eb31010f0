using Lebenswelten.Web.Features.Offerings.BackOffice;
using Lebenswelten.Web.Features.Offerings.Catalogue;

namespace Lebenswelten.Web.Features.Offerings;

/// <summary>
/// GET/POST/PUT /api/offerings: the public catalogue and the providers' editing, over the same domain services as the
/// pages; the registrations' endpoints are <see cref="Registrations.RegistrationsApi"/>.
/// </summary>
public static class OfferingsApi
{
    public static void MapOfferingsApi(this IEndpointRouteBuilder app)
    {
        var offerings = app.MapGroup("/api/offerings").WithTags("Offerings");
        CatalogueEndpoints.Map(offerings);
        EditingEndpoints.Map(offerings);
        AttendanceEndpoints.Map(offerings);
        CatalogueEndpoints.MapCalendar(app);
        CatalogueExports.Map(app);
    }
}
