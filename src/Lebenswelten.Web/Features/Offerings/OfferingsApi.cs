namespace Lebenswelten.Web.Features.Offerings;

/// <summary>GET/POST/PUT /api/offerings: the catalogue and the providers' editing, over the same domain services as the pages.</summary>
public static class OfferingsApi
{
    public static void MapOfferingsApi(this IEndpointRouteBuilder app)
    {
        var offerings = app.MapGroup("/api/offerings").WithTags("Offerings");
        OfferingsCatalogueEndpoints.Map(offerings);
        OfferingsEditingEndpoints.Map(offerings);
        OfferingsCatalogueEndpoints.MapCalendar(app);
    }
}
